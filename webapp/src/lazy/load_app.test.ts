import type {AppDeps, ChunkImports, ChunkModule, LiveSync} from './app_types';
import {createAppLoader} from './load_app';

const live: LiveSync = {handleWebSocketEvent: () => undefined, handleReconnect: () => undefined};

/** Chunk imports whose create() records the deps it was given. */
function recordingImports(): {imports: ChunkImports; given: AppDeps[]; imported: string[]} {
    const given: AppDeps[] = [];
    const imported: string[] = [];
    const module = <C>(name: string, chunk: C): (() => Promise<ChunkModule<C & {live: LiveSync}>>) => () => {
        imported.push(name);
        return Promise.resolve({create: (deps: AppDeps) => {
            given.push(deps);
            return {...chunk, live};
        }});
    };
    return {
        given,
        imported,
        imports: {
            rhs: module('rhs', {RhsView: () => null}),
            cards: module('cards', {PostCard: () => null}),
            admin: module('admin', {PolicySetting: () => null}),
            command: module('command', {handleSlashCommand: () => Promise.resolve({})}),
        },
    };
}

function deps(): AppDeps {
    // Only identity matters here: the chunks' create() is faked.
    return {pluginId: 'plugin-onboard', siteUrl: '', registry: {} as AppDeps['registry'], store: {} as AppDeps['store'], rhs: {} as AppDeps['rhs']};
}

describe('the chunk loader', () => {
    it('hands every chunk the same deps, so they share one core (one session, one live sync)', async () => {
        const {imports, given} = recordingImports();
        const makeDeps = jest.fn(deps);
        const loader = createAppLoader(makeDeps, imports);
        await loader.rhs.load();
        await loader.cards.load();
        await loader.command.load();
        expect(given).toHaveLength(3);
        expect(new Set(given).size).toBe(1);
        expect(makeDeps).toHaveBeenCalledTimes(1);
    });

    it('loads each chunk once, and again after a failed load', async () => {
        const {imports, imported} = recordingImports();
        const rhs = imports.rhs;
        let fail = true;
        imports.rhs = () => (fail ? Promise.reject(new Error('offline')) : rhs());
        const loader = createAppLoader(deps, imports);
        await expect(loader.rhs.load()).rejects.toThrow('offline');
        fail = false;
        await loader.rhs.load();
        await loader.rhs.load();
        expect(imported).toEqual(['rhs']);
        expect(loader.live()).toBe(live);
    });

    it('finds the live sync a chunk gains after it loads (the command\'s, once a command reads the tracker), and a chunk without one hides no other', async () => {
        const {imports} = recordingImports();
        let commandLive: LiveSync | null = null;
        imports.command = () => Promise.resolve({create: () => ({
            get live() {
                return commandLive;
            },
            handleSlashCommand: () => Promise.resolve({}),
        })});
        const loader = createAppLoader(deps, imports);
        await loader.command.load();
        expect(loader.live()).toBeNull();
        commandLive = live;
        expect(loader.live()).toBe(live);

        const other = createAppLoader(deps, imports);
        commandLive = null;
        await other.rhs.load();
        await other.command.load();
        expect(other.live()).toBe(live);
    });
});
