// Figures measured in a node process of their own (a heap that holds nothing else): run it, and
// read the JSON line it prints last, checked against what it promises.
import {execFile} from 'node:child_process';

import type {z} from 'zod';

import {REPO} from './paths';

export function runJsonChild<S extends z.ZodType>(nodeArgs: readonly string[], schema: S, what: string): Promise<z.infer<S>> {
    return new Promise((resolve, reject) => {
        execFile(process.execPath, [...nodeArgs], {cwd: REPO, maxBuffer: 1024 * 1024, timeout: 300_000}, (error, stdout, stderr) => {
            if (error) {
                reject(new Error(`${error.message}\n${stderr}`));
                return;
            }
            const last = stdout.trim().split('\n').pop() ?? '';
            try {
                resolve(schema.parse(JSON.parse(last)));
            } catch (parseError) {
                reject(new Error(`unexpected output from the ${what}: ${last} (${String(parseError)})`));
            }
        });
    });
}
