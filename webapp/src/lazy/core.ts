// The shared core of the lazy chunks: one tracker session (storage over the REST API, the fold, live
// sync) for the panel, the cards, the command and the System Console page, built once by whichever
// of them is used first. Webpack shares this module between chunks, so the memo really is one.
import {getCurrentUserId, isChannelMember} from '../host/host_state';
import {pluginSelected} from '../state/actions';
import {lazyLogCache} from '../state/session/log_cache_lazy';
import {browserStore, createTrackerMemory} from '../state/session/tracker_memory';
import {createTrackerSession, type TrackerSession} from '../state/tracker_session';
import {createMattermostStorage} from '../storage/mattermost/adapter';

import type {AppDeps, LiveSync} from './app_types';
import {watchWaitingCount} from './waiting_count';
import {warmTurns} from './warm_turns';

export interface Core {
    readonly deps: AppDeps;
    readonly session: TrackerSession;
    readonly live: LiveSync;
    showRhs(): void;
    /** Opens the panel on one plugin, or on the list when null. */
    openRhs(pluginId: string | null): void;
    /** Adds one chunk's strings to what the webapp gets for every locale (English until translated). */
    addTranslations(messages: Record<string, string>): void;
}

let core: Core | null = null;

export function getCore(deps: AppDeps): Core {
    if (core && core.deps === deps) {
        return core;
    }
    const {registry, store, rhs, siteUrl} = deps;
    const currentUserId = () => getCurrentUserId(store.getState());
    const session = createTrackerSession({
        store,
        storage: createMattermostStorage({siteUrl, currentUserId}),
        currentUserId,
        isMember: (channelId) => isChannelMember(store.getState(), channelId),
        memory: createTrackerMemory(browserStore(), currentUserId),
        logCache: lazyLogCache(),
    });
    const showRhs = () => {
        store.dispatch(rhs.showRHSPlugin);
    };
    const translations: Record<string, string> = {};
    // For as long as the page lives, like the session: the count follows every tracker it reads.
    watchWaitingCount(store);
    warmTurns(store);
    core = {
        deps,
        session,
        live: {
            handleWebSocketEvent: (message) => session.handleWebSocketEvent(message),
            handleReconnect: () => session.handleReconnect(),
        },
        showRhs,
        openRhs(pluginId) {
            store.dispatch(pluginSelected(pluginId));
            showRhs();
        },
        addTranslations(messages) {
            Object.assign(translations, messages);
            registry.registerTranslations(() => ({...translations}));
        },
    };
    return core;
}
