import {fold} from './fold';
import {sameData} from './same_data';
import {Scenario} from './testing/scenario';

describe('sameData', () => {
    it('compares plain data deeply: records (null-prototype ones too), arrays, primitives', () => {
        const bare = Object.assign(Object.create(null) as Record<string, unknown>, {a: 1, b: [1, {c: 'x'}]});
        expect(sameData(bare, {a: 1, b: [1, {c: 'x'}]})).toBe(true);
        expect(sameData({a: 1, b: [1, {c: 'y'}]}, bare)).toBe(false);
        expect(sameData({a: 1}, {a: 1, b: undefined})).toBe(false);
        expect(sameData({a: undefined}, {b: undefined})).toBe(false);
        expect(sameData([1, 2], {0: 1, 1: 2})).toBe(false);
        expect(sameData(null, {})).toBe(false);
        expect(sameData(Number.NaN, Number.NaN)).toBe(false);
    });

    it('finds the plugins of two whole folds of one log equal, though they are other objects', () => {
        const scenario = new Scenario().policy().register().register('jira').throughCommunity();
        const first = fold(scenario.entries, scenario.directory);
        const again = fold(scenario.entries, scenario.directory);
        for (const id of first.pluginOrder) {
            expect(again.plugins[id]).not.toBe(first.plugins[id]);
            expect(sameData(again.plugins[id], first.plugins[id])).toBe(true);
        }
        expect(sameData(again.plugins['jira'], first.plugins['github'])).toBe(false);
    });
});
