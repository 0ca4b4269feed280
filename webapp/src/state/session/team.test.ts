import type {TrackerViewSet} from '../actions';
import type {UserSummary} from '../types';

import {createTeamRegistry} from './team';

const TEAM = 'team1';

function registryWith(users: () => Readonly<Record<string, UserSummary>>) {
    const dispatched: TrackerViewSet[] = [];
    const registry = createTeamRegistry({dispatch: (action) => dispatched.push(action)}, users);
    return {registry, dispatched};
}

describe('the team registry', () => {
    it('dispatches a view only when something in it changed', () => {
        let users: Readonly<Record<string, UserSummary>> = {};
        const {registry, dispatched} = registryWith(() => users);
        const t = registry.team(TEAM);
        const first = registry.publish(t);
        expect(registry.publish(t)).toBe(first);
        expect(dispatched).toHaveLength(1);
        t.status = 'loading';
        registry.publish(t);
        users = {u: {id: 'u', username: 'u', displayName: 'U', isSystemAdmin: false}};
        const latest = registry.publish(t);
        expect(dispatched.map((action) => action.view)).toEqual([first, expect.objectContaining({status: 'loading'}), latest]);
        expect(latest.users).toBe(users);
    });

    it('runs one team\'s tasks one after another, a failure not stopping the next', async () => {
        const {registry} = registryWith(() => ({}));
        const t = registry.team(TEAM);
        const order: string[] = [];
        let release: () => void = () => undefined;
        const first = registry.enqueue(t, () => new Promise<void>((resolve) => {
            release = resolve;
        }).then(() => {
            order.push('first');
            throw new Error('load failed');
        }));
        const second = registry.enqueue(t, async () => {
            order.push('second');
        });
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(order).toEqual([]);
        release();
        await expect(first).rejects.toThrow('load failed');
        await second;
        expect(order).toEqual(['first', 'second']);
    });

    it('keeps one record per team', () => {
        const {registry} = registryWith(() => ({}));
        expect(registry.team(TEAM)).toBe(registry.team(TEAM));
        expect(registry.teams()).toHaveLength(1);
    });
});
