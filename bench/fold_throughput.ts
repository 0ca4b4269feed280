// The fold runs on every open and on every refold (an admin learnt late, an out-of-order post),
// so it must stay far faster than the network: budget one million events a second.
//
// Measured as it ships. webpack concatenates the domain into one module of the core chunk, so
// calls between its files are plain calls; run from source through tsx, each import is a getter
// on a module object, which costs the fold a sixth. So the figures come from bench/fold_child.ts
// bundled with esbuild into one scope, run in a process of its own: a heap that holds nothing but
// the log, as a tab's would, rather than the bench's, which holds the browser figures' leftovers.
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {build} from 'esbuild';
import {z} from 'zod';

import {runJsonChild} from './child';
import {measured, type Figure, type FigureGroup, type FigureSpec} from './figure';
import {REPO} from './paths';
import {round} from './stats';

const MIN_EVENTS_PER_S = 1_000_000;

export const fold10kSpec: FigureSpec = {key: 'fold_10k_events_per_s', label: 'fold throughput, 10k events', unit: 'events/s', budget: {op: '>=', limit: MIN_EVENTS_PER_S}};
export const fold100kSpec: FigureSpec = {key: 'fold_100k_events_per_s', label: 'fold throughput, 100k events', unit: 'events/s', budget: {op: '>=', limit: MIN_EVENTS_PER_S}};
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

function throughput(spec: FigureSpec, sample: z.infer<typeof Sample>): Figure {
    const detail = `median fold ${round(sample.medianMs, 1)} ms over ${sample.runs} runs after ${sample.warmup} warm-up (runs: ${sample.samplesMs.join(', ')} ms); ` +
        `${sample.plugins} plugins; makeRealisticLog(${sample.events}, 7); bundled as shipped, own process`;
    return measured(spec, Math.round(sample.events / (sample.medianMs / 1000)), detail);
}

export const foldThroughputGroup: FigureGroup = {
    name: 'fold throughput',
    specs: [fold10kSpec, fold100kSpec, foldMoreSpec],
    async measure(): Promise<Figure[]> {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'plugin-onboard-bench-'));
        try {
            const output = await runJsonChild([await bundleChild(dir)], Output, 'fold child');
            const more = output.foldMore;
            return [
                throughput(fold10kSpec, output.fold10k),
                throughput(fold100kSpec, output.fold100k),
                measured(foldMoreSpec, more.medianUs, `median of ${more.calls} single-event calls, each onto the state the previous one returned, after ${more.warmup} warm-up calls; events: ${more.types.join(', ')}`),
            ];
        } finally {
            rmSync(dir, {recursive: true, force: true});
        }
    },
};
