// The panel and the channel cards: loaded when either is first shown.
import {PostCard} from '../components/post_card/post_card';
import {RhsRoot} from '../components/rhs/rhs_root';
import {messagesOf} from '../i18n/catalogue';
import {cardMessages} from '../i18n/messages_card';
import {rhsMessages} from '../i18n/messages_rhs';

import type {AppDeps, UiChunk} from './app_types';
import {getCore} from './core';
import {withProviders} from './with_providers';

export function create(deps: AppDeps): UiChunk {
    const core = getCore(deps);
    core.addTranslations(messagesOf(rhsMessages, cardMessages));
    return {live: core.live, RhsView: withProviders(core, RhsRoot), PostCard: withProviders(core, PostCard)};
}
