// The panel: loaded when it is first opened.
import {RhsRoot} from '../components/rhs/rhs_root';
import {messagesOf} from '../i18n/catalogue';
import {integrityMessages} from '../i18n/messages_integrity';
import {rhsMessages} from '../i18n/messages_rhs';

import type {AppDeps, RhsChunk} from './app_types';
import {getCore} from './core';
import {withProviders} from './with_providers';

export function create(deps: AppDeps): RhsChunk {
    const core = getCore(deps);
    core.addTranslations(messagesOf(rhsMessages, integrityMessages));
    return {live: core.live, RhsView: withProviders(core, RhsRoot)};
}
