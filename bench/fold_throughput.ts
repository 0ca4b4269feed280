// The fold runs on every open and on every refold (an admin learnt late, an out-of-order post),
// so it must stay far faster than the network: budget one million events a second at 10,000
// events, a large real tracker. At 100,000 the figure is reported, not budgeted: no tracker comes
// near it, and there the heap, not the fold, sets the pace.
//
// Measured as it ships. webpack concatenates the domain into one module of the core chunk, so
// calls between its files are plain calls; run from source through tsx, each import is a getter
// on a module object, which costs the fold a sixth. So the figures come from bench/fold_child.ts
// bundled with esbuild into one scope, run in processes of their own: heaps that hold nothing but
// the log, as a tab's would, rather than the bench's, which holds the browser figures' leftovers.
// Three processes, one after another, and the middle one counts.
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {build} from 'esbuild';
import {z} from 'zod';

import {runJsonChild} from './child';
import {measured, type Figure, type FigureGroup, type FigureSpec} from './figure';
import {REPO} from './paths';
import {middleBy, round} from './stats';

const MIN_EVENTS_PER_S = 1_000_000;
const PROCESSES = 3;

export const fold10kSpec: FigureSpec = {key: 'fold_10k_events_per_s', label: 'fold throughput, 10k events', unit: 'events/s', budget: {op: '>=', limit: MIN_EVENTS_PER_S}};
export const fold100kSpec: FigureSpec = {key: 'fold_100k_events_per_s', label: 'fold throughput, 100k events', unit: 'events/s', budget: null};
export const foldMoreSpec: FigureSpec = {key: 'fold_more_1_onto_100k_us', label: 'foldMore of 1 event onto a 100k state', unit: 'µs', budget: null};

const Sample = z.object({events: z.number(), plugins: z.number(), medianMs: z.number().positive(), warmup: z.number(), runs: z.number(), samplesMs: z.array(z.number())});
const Output = z.object({
    fold10k: Sample,
    fold100k: Sample,
    foldMore: z.object({medianUs: z.number(), calls: z.number(), warmup: z.number(), types: z.array(z.string())}),
});

async function bundleChild(dir: string): Promise<string> {
    const outfile = path.join(dir, 'fold_child.js');
    // The webapp's own target (webpack.config.js builds for es2020 browsers): the same code paths.
    await build({entryPoints: [path.join(REPO, 'bench/fold_child.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'es2020', outfile, logLevel: 'warning'});
    return outfile;
}

type Sample = z.infer<typeof Sample>;

function throughput(spec: FigureSpec, samples: readonly Sample[]): Figure {
    const mid = middleBy(samples, (s) => s.medianMs);
    const detail = `median fold ${round(mid.medianMs, 1)} ms over ${mid.runs} runs after ${mid.warmup} warm-up, the middle of ${samples.length} processes ` +
        `(their medians: ${samples.map((s) => round(s.medianMs, 1)).join(', ')} ms); ${mid.plugins} plugins; makeRealisticLog(${mid.events}, 7); bundled as shipped`;
    return measured(spec, Math.round(mid.events / (mid.medianMs / 1000)), detail);
}

export const foldThroughputGroup: FigureGroup = {
    name: 'fold throughput',
    specs: [fold10kSpec, fold100kSpec, foldMoreSpec],
    async measure(): Promise<Figure[]> {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'plugin-onboard-bench-'));
        try {
            const script = await bundleChild(dir);
            // One process after another, as the state memory figure: never two at once on the same cores.
            const outputs = [];
            for (let i = 0; i < PROCESSES; i++) {
                outputs.push(await runJsonChild([script], Output, 'fold child'));
            }
            const more = middleBy(outputs.map((o) => o.foldMore), (m) => m.medianUs);
            return [
                throughput(fold10kSpec, outputs.map((o) => o.fold10k)),
                throughput(fold100kSpec, outputs.map((o) => o.fold100k)),
                measured(foldMoreSpec, more.medianUs, `median of ${more.calls} single-event calls (the middle of ${PROCESSES} processes), each onto the state the previous one returned, after ${more.warmup} warm-up calls; events: ${more.types.join(', ')}`),
            ];
        } finally {
            rmSync(dir, {recursive: true, force: true});
        }
    },
};
