// What the folded state of a big tracker costs the browser tab. Measured in a child process with
// an exposed gc, so the bench's own heap (other figures, caches) does not blur the difference.
import path from 'node:path';

import {z} from 'zod';

import {runJsonChild} from './child';
import {measured, type Figure, type FigureGroup, type FigureSpec} from './figure';
import {REPO} from './paths';
import {middleBy, round} from './stats';

const MB = 1024 * 1024;

export const stateMemorySpec: FigureSpec = {key: 'state_memory_1000_plugins_mb', label: 'memory of the state for 1,000 plugins', unit: 'MB', budget: {op: '<=', limit: 20}};

const Prefix = z.object({entries: z.number().int().positive()});
const Sample = z.object({plugins: z.number(), entries: z.number(), logBytes: z.number(), stateBytes: z.number()});

function runChild<S extends z.ZodType>(arg: string, schema: S): Promise<z.infer<S>> {
    return runJsonChild(['--expose-gc', '--import', 'tsx', path.join(REPO, 'bench/state_memory_child.ts'), arg], schema, 'memory child');
}

export const stateMemoryGroup: FigureGroup = {
    name: 'state memory',
    specs: [stateMemorySpec],
    async measure(): Promise<Figure[]> {
        // Three separate processes; the median smooths out where a GC happened to leave garbage.
        const {entries} = await runChild('prefix', Prefix);
        const sample = () => runChild(String(entries), Sample);
        const mid = middleBy([await sample(), await sample(), await sample()], (s) => s.stateBytes);
        const detail = `heapUsed delta after fold (gc'd), median of 3 processes; ${mid.plugins} plugins from ${mid.entries} events of makeRealisticLog; ` +
            `the log entries it was folded from hold another ${round(mid.logBytes / MB, 1)} MB (state + log ${round((mid.stateBytes + mid.logBytes) / MB, 1)} MB)`;
        return [measured(stateMemorySpec, round(mid.stateBytes / MB, 2), detail)];
    },
};
