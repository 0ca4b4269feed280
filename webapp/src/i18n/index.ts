// Every area's strings, for checks across all of them (ids unique and namespaced). Code that ships
// imports its own area's file, so one chunk never carries another's strings.
import {adminMessages} from './messages_admin';
import {cardMessages} from './messages_card';
import {githubMessages} from './messages_github';
import {handoffMessages} from './messages_handoff';
import {integrityMessages} from './messages_integrity';
import {mainMessages} from './messages_main';
import {rhsMessages} from './messages_rhs';
import {rhsPageMessages} from './messages_rhs_page';
import type {Catalogue} from './catalogue';

export {messagesOf, type Catalogue} from './catalogue';

export const catalogues: readonly Catalogue[] = [mainMessages, rhsMessages, rhsPageMessages, cardMessages, adminMessages, integrityMessages, githubMessages, handoffMessages];
