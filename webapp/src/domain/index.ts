// What the command, the components and the state layer most often need from the domain, in one
// import. Modules may also import a domain file directly (which keeps what a chunk pulls in plain).
export * from './process_types';
export * from './process';
export * from './events';
export * from './log';
export * from './tracker_state';
export type {Author} from './author';
export {EMPTY_STATE, fold, foldMore} from './fold';
export {historyEntryFor, historyOf, pluginHistory, rejectedHistory} from './history';
export {check} from './rules';
export {newEventId, withId} from './new_event';
export {currentStage, findPlugin, missingForGate, moves, movesFor, pathAhead, stageProgress, type Step} from './queries';
export {eventMessage, summarize} from './messages';
export {escapeMarkdown, markdownUrl, mention} from './markdown';
export {INITIAL_POLICY} from './policy';
export {isOwnerOrRegistrant, ownersOf} from './people';
