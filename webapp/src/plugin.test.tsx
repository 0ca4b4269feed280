// The start-up wiring: what initialize() registers, that it touches no network, that every
// registration is undone, and that the slash-command hook only ever takes /plugin-onboard.
import type {GlobalState} from '@mattermost/types/store';

import type {ChunkImports, CommandChunk} from './lazy/app_types';
import type {HostStore, PluginRegistry, SlashCommandHook, WebSocketMessage} from './host/registry';
import {POST_TYPE as EVENT_POST_TYPE} from './domain/events';
import {LIVE_EVENTS, Plugin, POST_TYPE} from './plugin';
import {CHANNEL_EVENTS} from './storage/channels';

type Calls = Array<[string, ...unknown[]]>;

function fakeRegistry(options: {appBar: boolean}) {
    const calls: Calls = [];
    const wsHandlers = new Map<string, (m: WebSocketMessage) => void>();
    let hook: SlashCommandHook | null = null;
    let reconnect: (() => void) | null = null;
    let n = 0;
    const id = (name: string) => `${name}-${++n}`;
    const registry: PluginRegistry = {
        registerReducer: (...a) => void calls.push(['registerReducer', ...a]),
        registerTranslations: (...a) => void calls.push(['registerTranslations', ...a]),
        registerRightHandSidebarComponent: (...a) => {
            calls.push(['registerRightHandSidebarComponent', ...a]);
            return {id: id('rhs'), showRHSPlugin: {type: 'SHOW'}, hideRHSPlugin: {type: 'HIDE'}, toggleRHSPlugin: {type: 'TOGGLE'}};
        },
        registerChannelHeaderButtonAction: (...a) => (calls.push(['registerChannelHeaderButtonAction', ...a]), id('header')),
        registerPostTypeComponent: (...a) => (calls.push(['registerPostTypeComponent', ...a]), id('posttype')),
        registerSlashCommandWillBePostedHook: (h) => {
            hook = h;
            calls.push(['registerSlashCommandWillBePostedHook']);
            return id('hook');
        },
        registerWebSocketEventHandler: (event, handler) => {
            wsHandlers.set(event, handler);
            calls.push(['registerWebSocketEventHandler', event]);
        },
        unregisterWebSocketEventHandler: (event) => void calls.push(['unregisterWebSocketEventHandler', event]),
        registerReconnectHandler: (handler) => {
            reconnect = handler;
            calls.push(['registerReconnectHandler']);
        },
        unregisterReconnectHandler: () => void calls.push(['unregisterReconnectHandler']),
        registerAdminConsoleCustomSetting: (...a) => void calls.push(['registerAdminConsoleCustomSetting', ...a]),
        unregisterComponent: (componentId) => void calls.push(['unregisterComponent', componentId]),
        unregisterPostTypeComponent: (componentId) => void calls.push(['unregisterPostTypeComponent', componentId]),
    };
    if (options.appBar) {
        registry.registerAppBarComponent = (...a) => (calls.push(['registerAppBarComponent', ...a]), id('appbar'));
    }
    return {registry, calls, ws: wsHandlers, hook: () => hook, reconnect: () => reconnect};
}

function fakeStore(siteUrl = 'https://chat.example.com/team-chat'): HostStore<GlobalState> & {dispatched: unknown[]} {
    const dispatched: unknown[] = [];
    const state = {entities: {general: {config: {SiteURL: siteUrl}}, users: {currentUserId: 'u1'}, teams: {currentTeamId: 't1'}, channels: {currentChannelId: 'c1'}}};
    return {
        dispatched,
        dispatch: (action) => dispatched.push(action),
        getState: () => state as unknown as GlobalState, // a test double of the host's state: only what start-up reads
        subscribe: () => () => undefined,
    };
}

function fakeCommandChunk(): CommandChunk & {events: WebSocketMessage[]; reconnects: number} {
    const chunk = {
        events: [] as WebSocketMessage[],
        reconnects: 0,
        handleSlashCommand: jest.fn(async () => ({})),
        live: {
            handleWebSocketEvent: (m: WebSocketMessage) => void chunk.events.push(m),
            handleReconnect: () => void chunk.reconnects++,
        },
    };
    return chunk;
}

type CommandImport = ChunkImports['command'];

/** Chunk imports where only the command chunk is expected to load; the others fail the test if touched. */
function chunks(command: CommandImport = jest.fn()): ChunkImports & {rhs: jest.Mock; cards: jest.Mock; admin: jest.Mock} {
    return {rhs: jest.fn(), cards: jest.fn(), admin: jest.fn(), command};
}

const args = {channel_id: 'c1', team_id: 't1'};

describe('Plugin.initialize', () => {
    let fetchSpy: jest.SpyInstance;
    beforeEach(() => {
        global.fetch = jest.fn();
        fetchSpy = jest.spyOn(global, 'fetch');
    });

    it('registers everything the plugin offers, and makes no network request', () => {
        const {registry, calls} = fakeRegistry({appBar: true});
        const xhrOpen = jest.spyOn(XMLHttpRequest.prototype, 'open');
        const imports = chunks();
        new Plugin('plugin-onboard', imports).initialize(registry, fakeStore());

        expect(calls.map((c) => c[0])).toEqual([
            'registerReducer',
            'registerRightHandSidebarComponent',
            'registerAppBarComponent',
            'registerChannelHeaderButtonAction',
            'registerPostTypeComponent',
            'registerSlashCommandWillBePostedHook',
            'registerWebSocketEventHandler', 'registerWebSocketEventHandler', 'registerWebSocketEventHandler',
            'registerWebSocketEventHandler', 'registerWebSocketEventHandler', 'registerWebSocketEventHandler',
            'registerReconnectHandler',
            'registerAdminConsoleCustomSetting',
        ]);
        expect(calls.find((c) => c[0] === 'registerPostTypeComponent')?.[1]).toBe(POST_TYPE);
        // The cards are registered for the very type the tracker's posts are written with.
        expect(POST_TYPE).toBe(EVENT_POST_TYPE);
        expect(calls.filter((c) => c[0] === 'registerWebSocketEventHandler').map((c) => c[1])).toEqual([
            'posted', 'post_edited', 'post_deleted', 'channel_updated', 'channel_deleted', 'channel_restored',
        ]);
        // The tracker channel's events main.js listens for are the ones the session understands.
        expect(LIVE_EVENTS.slice(3)).toEqual([...CHANNEL_EVENTS]);
        expect(calls.find((c) => c[0] === 'registerAppBarComponent')?.[1]).toBe('http://localhost/team-chat/plugins/plugin-onboard/public/app-bar-icon.svg');
        expect(calls.find((c) => c[0] === 'registerAdminConsoleCustomSetting')?.[1]).toBe('TrackerPolicy');
        expect(fetchSpy).not.toHaveBeenCalled();
        expect(xhrOpen).not.toHaveBeenCalled();
        expect(imports.command).not.toHaveBeenCalled();
        expect(imports.rhs).not.toHaveBeenCalled();
        expect(imports.cards).not.toHaveBeenCalled();
        expect(imports.admin).not.toHaveBeenCalled();
    });

    it('points lazy chunks at the bundle\'s public directory on the page\'s origin, under the server subpath', () => {
        const {registry} = fakeRegistry({appBar: true});
        new Plugin('plugin-onboard', chunks()).initialize(registry, fakeStore('https://example.com/sub/'));
        expect(__webpack_public_path__).toBe('http://localhost/sub/plugins/plugin-onboard/');
    });

    it('falls back to the channel-header button where the App Bar does not exist', () => {
        const {registry, calls} = fakeRegistry({appBar: false});
        new Plugin('plugin-onboard', chunks()).initialize(registry, fakeStore());
        expect(calls.some((c) => c[0] === 'registerChannelHeaderButtonAction')).toBe(true);
        expect(calls.some((c) => c[0] === 'registerAppBarComponent')).toBe(false);
    });

    it('the header button toggles the panel through the webapp\'s own action', () => {
        const {registry, calls} = fakeRegistry({appBar: false});
        const store = fakeStore();
        new Plugin('plugin-onboard', chunks()).initialize(registry, store);
        const action = calls.find((c) => c[0] === 'registerChannelHeaderButtonAction')?.[2];
        expect(typeof action).toBe('function');
        (action as () => void)();
        expect(store.dispatched).toEqual([{type: 'TOGGLE'}]);
    });
});

describe('Plugin.uninitialize', () => {
    it('undoes every registration that can be undone, once', () => {
        const {registry, calls} = fakeRegistry({appBar: true});
        const plugin = new Plugin('plugin-onboard', chunks());
        plugin.initialize(registry, fakeStore());
        calls.length = 0;
        plugin.uninitialize();
        plugin.uninitialize();
        expect(calls.map((c) => c.slice(0, 2).join(' ')).sort()).toEqual([
            'unregisterComponent appbar-2',
            'unregisterComponent header-3',
            'unregisterComponent hook-5',
            'unregisterComponent rhs-1',
            'unregisterPostTypeComponent posttype-4',
            'unregisterReconnectHandler',
            'unregisterWebSocketEventHandler channel_deleted',
            'unregisterWebSocketEventHandler channel_restored',
            'unregisterWebSocketEventHandler channel_updated',
            'unregisterWebSocketEventHandler post_deleted',
            'unregisterWebSocketEventHandler post_edited',
            'unregisterWebSocketEventHandler posted',
        ]);
    });
});

describe('the slash-command hook', () => {
    function setup(importCommand: CommandImport) {
        const fake = fakeRegistry({appBar: true});
        new Plugin('plugin-onboard', chunks(importCommand)).initialize(fake.registry, fakeStore());
        const hook = fake.hook();
        if (!hook) {
            throw new Error('no hook registered');
        }
        return {...fake, hook};
    }

    it.each(['/plugin-onboarding list', '/plugin-onboard2', '/echo hi', 'hello /plugin-onboard'])('passes %p through without loading anything', async (message) => {
        const importCommand = jest.fn();
        const {hook} = setup(importCommand);
        await expect(hook(message, args)).resolves.toEqual({message, args});
        expect(importCommand).not.toHaveBeenCalled();
    });

    it('loads the command chunk once and hands it /plugin-onboard commands in any letter case', async () => {
        const command = fakeCommandChunk();
        const importCommand = jest.fn(async () => ({create: () => command}));
        const {hook} = setup(importCommand);
        await hook('/plugin-onboard help', args);
        await hook('/PLUGIN-ONBOARD list', args);
        expect(importCommand).toHaveBeenCalledTimes(1);
        expect(command.handleSlashCommand).toHaveBeenNthCalledWith(1, '/plugin-onboard help', args);
        expect(command.handleSlashCommand).toHaveBeenNthCalledWith(2, '/PLUGIN-ONBOARD list', args);
    });

    it('a chunk that fails to load is reported under the textbox, and the next try loads again', async () => {
        const command = fakeCommandChunk();
        const importCommand = jest.fn()
            .mockRejectedValueOnce(new Error('Loading chunk command failed'))
            .mockResolvedValueOnce({create: () => command});
        const {hook} = setup(importCommand);
        await expect(hook('/plugin-onboard list', args)).resolves.toEqual({error: {message: expect.stringContaining('could not load (Loading chunk command failed). Nothing was recorded')}});
        await expect(hook('/plugin-onboard list', args)).resolves.toStrictEqual({});
        expect(importCommand).toHaveBeenCalledTimes(2);
    });

    it('websocket events and reconnects reach the session only once a chunk has loaded', async () => {
        const app = fakeCommandChunk();
        const {hook, ws, reconnect} = setup(async () => ({create: () => app}));
        const message = {event: 'posted', data: {post: '{}'}};
        ws.get('posted')?.(message);
        reconnect()?.();
        expect(app.events).toEqual([]);
        await hook('/plugin-onboard help', args);
        ws.get('posted')?.(message);
        reconnect()?.();
        expect(app.events).toEqual([message]);
        expect(app.reconnects).toBe(1);
    });
});
