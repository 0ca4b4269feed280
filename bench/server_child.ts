// A local Mattermost holding a seeded tracker, in a process of its own: run by server_process.ts.
// Once seeded, it adds the round trip asked for to every request and prints one JSON line (where it
// listens and what it holds), then serves until its standard input closes.
import {makeRealisticLog} from '../webapp/src/domain/testing/realistic_log';

import {seedTracker} from './seed_tracker';
import {startServer} from './stack';

async function main(): Promise<void> {
    const events = Number(process.argv[2]);
    const seed = Number(process.argv[3]);
    const latencyMs = Number(process.argv[4]);
    if (!Number.isInteger(events) || events <= 0 || !Number.isInteger(seed) || !Number.isInteger(latencyMs) || latencyMs < 0) {
        throw new Error(`usage: server_child.ts <events> <seed> <latency ms> (got ${process.argv.slice(2).join(' ')})`);
    }
    const server = await startServer({withHostPage: false});
    const log = makeRealisticLog(events, seed);
    const seeded = await seedTracker(server.mm, log, log.entries);
    server.mm.setNetwork({latencyMs});
    process.stdout.write(JSON.stringify({url: server.mm.url, teamId: seeded.teamId, channelId: seeded.channelId, posted: seeded.posted, ms: seeded.ms, how: seeded.how}) + '\n');
    process.stdin.resume();
    process.stdin.on('end', () => {
        void server.stop().then(() => process.exit(0));
    });
}

main().catch((error: unknown) => {
    process.stderr.write(`server child: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
});
