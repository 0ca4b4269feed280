// `make bench`: measures every figure of issue 7 against its budget, prints a table, writes
// bench/results.json, and exits non-zero when any budget fails or any figure could not be measured.
// Needs `make build` first (the bundle, the staged plugin and the host page) and Chromium.
// BENCH_ONLY=<words> measures only the groups whose name holds one of them (comma-separated), for
// iterating on one figure; the exit code then speaks for those alone.
import {bundleSizeGroup} from './bundle_size';
import {browserGroup} from './browser_figures';
import {commandParseGroup} from './command_parse';
import {notMeasured, type Figure, type FigureGroup} from './figure';
import {foldThroughputGroup} from './fold_throughput';
import {liveRenderingGroup} from './live_rendering';
import {RESULTS_JSON} from './paths';
import {table, writeJson} from './report';
import {stateMemoryGroup} from './state_memory';
import {trackerNetworkGroup} from './tracker_network';
import {trackerSyncGroup} from './tracker_sync';

// The figures of one process's CPU time first (fold, memory, parsing), before the browser groups
// have started and stopped Chromium and local servers: each is a median of runs in a fresh
// process, and on a 2-CPU machine what the earlier groups leave settling shows in them.
const GROUPS: readonly FigureGroup[] = [
    bundleSizeGroup,
    foldThroughputGroup,
    stateMemoryGroup,
    commandParseGroup,
    trackerSyncGroup,
    trackerNetworkGroup,
    browserGroup,
    liveRenderingGroup,
];

async function measureGroup(group: FigureGroup): Promise<Figure[]> {
    let figures: Figure[];
    try {
        figures = await group.measure();
    } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        process.stderr.write(`bench: ${group.name} failed: ${error instanceof Error ? error.stack ?? why : why}\n`);
        return group.specs.map((spec) => notMeasured(spec, `${group.name} failed: ${why.split('\n')[0] ?? why}`));
    }
    // Keep the table's order and its completeness whatever the group returned.
    return group.specs.map((spec) => figures.find((f) => f.key === spec.key) ?? notMeasured(spec, `${group.name} did not report it`));
}

async function main(): Promise<void> {
    const startedAt = new Date();
    const figures: Figure[] = [];
    const only = (process.env.BENCH_ONLY ?? '').split(',').map((word) => word.trim()).filter((word) => word !== '');
    for (const group of GROUPS.filter((g) => only.length === 0 || only.some((word) => g.name.includes(word)))) {
        process.stderr.write(`bench: measuring ${group.name}…\n`);
        figures.push(...await measureGroup(group));
    }
    process.stdout.write(table(figures) + '\n');
    writeJson(RESULTS_JSON, figures, startedAt);
    const failed = figures.filter((f) => f.verdict === 'FAIL');
    process.stdout.write(failed.length === 0 ?
        `\nAll ${figures.length} figures within budget. Written to bench/results.json.\n` :
        `\n${failed.length} of ${figures.length} figures FAIL: ${failed.map((f) => f.key).join(', ')}. Written to bench/results.json.\n`);
    process.exitCode = failed.length === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 2;
});
