import {browserStore, createTrackerMemory, type KeyValueStore} from './tracker_memory';

const CHANNEL = 'abcdefghijklmnopqrstuvwxyz';

function mapStore(): KeyValueStore {
    const entries = new Map<string, string>();
    return {getItem: (key) => entries.get(key) ?? null, setItem: (key, value) => void entries.set(key, value), removeItem: (key) => void entries.delete(key)};
}

describe('the tracker remembered in the browser', () => {
    it('is kept per user and per team, and forgotten on request', () => {
        const store = mapStore();
        let user = 'useraaaaaaaaaaaaaaaaaaaaaa';
        const memory = createTrackerMemory(store, () => user);
        memory.remember('team1', CHANNEL);
        expect(memory.recall('team1')).toBe(CHANNEL);
        expect(memory.recall('team2')).toBeNull();
        user = 'userbbbbbbbbbbbbbbbbbbbbbb';
        expect(memory.recall('team1')).toBeNull();
        user = 'useraaaaaaaaaaaaaaaaaaaaaa';
        memory.forget('team1');
        expect(memory.recall('team1')).toBeNull();
    });

    it('a store that refuses everything (private browsing, quota) remembers nothing and never throws', () => {
        const refusing: KeyValueStore = {
            getItem: () => {
                throw new Error('SecurityError');
            },
            setItem: () => {
                throw new Error('QuotaExceededError');
            },
            removeItem: () => {
                throw new Error('SecurityError');
            },
        };
        const memory = createTrackerMemory(refusing, () => 'u');
        expect(() => memory.remember('t', CHANNEL)).not.toThrow();
        expect(memory.recall('t')).toBeNull();
        expect(() => memory.forget('t')).not.toThrow();
        expect(createTrackerMemory(null, () => 'u').recall('t')).toBeNull();
    });

    it('outside a browser there is no store', () => {
        expect(browserStore()).toBeNull();
    });
});
