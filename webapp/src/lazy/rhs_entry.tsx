// The panel: loaded when it is first opened.
import {RhsRoot} from '../components/rhs/rhs_root';
import {messagesOf} from '../i18n/catalogue';
import {rhsMessages} from '../i18n/messages_rhs';

import type {AppDeps, RhsChunk} from './app_types';
import {getCore} from './core';
import {withProviders} from './with_providers';

export function create(deps: AppDeps): RhsChunk {
    const core = getCore(deps);
    // The page and the integrity views bring their own strings (components/rhs/*_chunk.ts).
    core.addTranslations(messagesOf(rhsMessages));
    return {live: core.live, RhsView: withProviders(core, RhsRoot)};
}
