// The domain's public face: everything outside domain/ imports from here.
export * from './process_types';
export * from './process';
export * from './events';
export * from './log';
export * from './tracker_state';
export type {Author} from './author';
export {EMPTY_STATE, fold, foldMore} from './fold';
export {historyEntryFor, historyOf, pluginHistory, rejectedHistory} from './history';
export {check, type RuleView} from './rules';
export {newEventId, withId} from './ids';
export {currentStage, findPlugin, missingForGate, moves, movesFor, rolesOf, stageProgress} from './queries';
export {eventMessage, summarize, type MessageContext} from './messages';
export {escapeMarkdown, markdownUrl, mention} from './markdown';
export {evidenceValueProblem, itemName, SPDX_PATTERN} from './gates';
export {holdsRole, INITIAL_POLICY, licenceAllowed} from './policy';
export {isOwner, isOwnerOrRegistrant} from './people';
export {getPlugin} from './plugin_records';
export {ACTOR_NOUN, ROLE_MEMBERS} from './wording';
