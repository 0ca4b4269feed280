// i18n/ is where every sentence a user reads lives, one catalogue per surface:
// - messages_*.ts: the React views' strings, as react-intl descriptors (one file per area, each lazy
//   chunk registers its own; `catalogues` below gathers them for the checks across all).
// - *_words.ts: English sentences as plain strings and small functions of typed parameters, for
//   what is not a React view. The domain's: record_words (post messages, history lines, what a
//   change reopened), refusal_words (the rules' refusals), verdict_words and report_words (why a
//   post changes nothing), gate_words (what a sign-off or deployment waits on), move_words,
//   condition_words, role_words (people and roles in those sentences), handoff_words (the "Next:"
//   line), policy_words (a policy post), integrations_request_words (the request drafted for the
//   Integrations team), schema_words (the event schema's objections). The command's: command_*.
//   The session's: storage_error_words, tracker_channel_words, session_words, write_words (recording a
//   change), integrity_action_words (restoring or accepting lost posts). Both surfaces: integrity_words.
// The domain may import *_words catalogues and nothing else of i18n/; i18n/ imports only types from
// the domain, besides its Markdown helpers (eslint.config.mjs). Not here: the process definition's
// own labels (domain/process.ts: the names of stages, items, slots, sub-steps and evidence, the role
// names, the process facts), and the command grammar's own summaries and examples
// (command/grammar.ts), from which help is made. They are data every surface quotes, not a
// surface's wording. Nor the tracker channel's purpose (storage/port.ts TRACKER_PURPOSE), which also
// identifies a renamed tracker, and the few sentences of the slash-command registration in storage/
// (storage may import only the domain).
//
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
