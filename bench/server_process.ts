// The local Mattermost in a process of its own, for figures about the client alone: a real server
// is another machine, so its work (reading and encoding each page) must not run on the client's
// thread, as it does when both share the bench's process. The two processes still share this
// machine's cores, as the browser figures' Chromium and server do.
import {spawn} from 'node:child_process';
import {createInterface} from 'node:readline';

import {z} from 'zod';

import {REPO} from './paths';

const Ready = z.object({url: z.string(), teamId: z.string(), channelId: z.string(), posted: z.number(), ms: z.number(), how: z.string()});

export interface ServerProcess {
    readonly url: string;
    readonly seeded: {readonly teamId: string; readonly channelId: string; readonly posted: number; readonly ms: number; readonly how: string};
    stop(): Promise<void>;
}

/**
 * Starts bench/server_child.ts with a tracker of `events` events from makeRealisticLog(events, seed),
 * adding `latencyMs` to every request once seeded.
 */
export function startServerProcess(events: number, seed: number, latencyMs: number): Promise<ServerProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/server_child.ts', String(events), String(seed), String(latencyMs)], {cwd: REPO, stdio: ['pipe', 'pipe', 'inherit']});
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    return new Promise((resolve, reject) => {
        child.once('exit', (code) => reject(new Error(`the server process exited (${String(code)}) before it was ready`)));
        const lines = createInterface({input: child.stdout});
        lines.once('line', (line) => {
            let ready: z.infer<typeof Ready>;
            try {
                ready = Ready.parse(JSON.parse(line));
            } catch (error) {
                child.kill();
                reject(new Error(`unexpected output from the server process: ${line} (${String(error)})`));
                return;
            }
            const {url, ...seeded} = ready;
            resolve({
                url,
                seeded,
                async stop() {
                    child.stdin.end();
                    await exited;
                },
            });
        });
    });
}
