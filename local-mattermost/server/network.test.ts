// The simulated network: a round trip added to every request, as the bench uses it to measure
// the plugin at a real network's latency.
import {loginAs, startFresh, type Running} from './test_support';

async function timed(run: () => Promise<unknown>): Promise<number> {
    const start = performance.now();
    await run();
    return performance.now() - start;
}

describe('network latency', () => {
    let running: Running;

    afterEach(async () => {
        await running.stop();
    });

    it('delays every request by the round trip it is started with, and not at all by default', async () => {
        running = await startFresh({latencyMs: 120});
        const alice = await loginAs(running.server, 'alice');
        expect(await timed(() => alice.getMe())).toBeGreaterThanOrEqual(115);
        running.server.setNetwork({latencyMs: 0});
        expect(await timed(() => alice.getMe())).toBeLessThan(100);
    });

    it('takes a new round trip from POST /__local/network, and answers requests side by side, each paying it once', async () => {
        running = await startFresh({testRoutes: true});
        const alice = await loginAs(running.server, 'alice');
        const response = await fetch(`${running.server.url}/__local/network`, {method: 'POST', body: JSON.stringify({latencyMs: 150})});
        expect(response.status).toBe(200);
        const one = await timed(() => alice.getMe());
        const six = await timed(() => Promise.all(Array.from({length: 6}, () => alice.getMe())));
        expect(one).toBeGreaterThanOrEqual(145);
        expect(six).toBeGreaterThanOrEqual(145);
        expect(six).toBeLessThan(2 * 150);
    });
});
