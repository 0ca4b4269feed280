// Waiting for the websocket without sleeping: the in-memory server delivers what it sent (flushSocket)
// and every session finishes what that started (settled). Work can send more — a report of a deletion,
// a refresh's post — so the two repeat until nothing is left to deliver.
import type {MemoryMattermost} from '../../storage/testing/memory/server';

export async function settle(server: MemoryMattermost, sessions: Iterable<{settled(): Promise<void>}>): Promise<void> {
    const all = [...sessions];
    for (let round = 0; round < 100; round++) {
        await Promise.all(all.map((session) => session.settled()));
        if (server.flushSocket() === 0) {
            await Promise.all(all.map((session) => session.settled()));
            return;
        }
    }
    throw new Error('the sessions kept sending websocket messages for 100 rounds');
}
