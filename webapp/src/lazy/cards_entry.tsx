// The cards that tracker posts show in the channel: loaded when the first one is shown. Apart from
// the panel, so that opening the panel does not also fetch the cards (and the other way round).
import {PostCard} from '../components/post_card/post_card';
import {messagesOf} from '../i18n/catalogue';
import {cardMessages} from '../i18n/messages_card';
import {integrityMessages} from '../i18n/messages_integrity';
import {rhsMessages} from '../i18n/messages_rhs';

import type {AppDeps, CardsChunk} from './app_types';
import {getCore} from './core';
import {withProviders} from './with_providers';

export function create(deps: AppDeps): CardsChunk {
    const core = getCore(deps);
    // Cards name items and stages with the panel's labels, and verdicts with the integrity words.
    core.addTranslations(messagesOf(rhsMessages, cardMessages, integrityMessages));
    return {live: core.live, PostCard: withProviders(core, PostCard)};
}
