import {fold} from '../fold';
import {makeRealisticLog} from './realistic_log';
import {historyOf} from '../history';

describe('makeRealisticLog', () => {
    it('is deterministic for a seed and differs between seeds', () => {
        expect(makeRealisticLog(500, 3).entries).toEqual(makeRealisticLog(500, 3).entries);
        expect(makeRealisticLog(500, 4).entries).not.toEqual(makeRealisticLog(500, 3).entries);
    });

    it('has exactly n entries in server order, with many plugins at every stage and several kinds of rejection', () => {
        const log = makeRealisticLog(5000, 1);
        expect(log.entries).toHaveLength(5000);
        const state = fold(log.entries, log.directory);
        expect(historyOf(state).map((entry) => entry.postId)).toEqual(log.entries.map((entry) => entry.postId));
        const plugins = Object.values(state.plugins);
        expect(plugins.length).toBeGreaterThan(100);
        const stages = new Set(plugins.map((plugin) => Object.values(plugin.stages).map((stage) => stage.status).join('/')));
        expect(stages).toContain('deployed/deployed/deployed');
        expect(stages).toContain('deployed/in-progress/not-started');
        const codes = new Set(historyOf(state).map((entry) => entry.rejection?.code ?? 'accepted'));
        for (const code of ['accepted', 'not-permitted', 'duplicate', 'malformed', 'gate', 'unknown-plugin']) {
            expect(codes).toContain(code);
        }
        expect(state.rejectedCount / historyOf(state).length).toBeLessThan(0.15);
    });
});
