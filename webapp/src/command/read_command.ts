// The first step of every command, which needs no tracker: whether it is ours, whether it parses,
// and help. Its chunk holds the grammar but not the session, so help and a mistyped command answer
// without downloading what reading the tracker takes (lazy/command_entry.ts).
import {failure, reply, type CommandOutcome} from './context';
import {helpFor, helpOverview} from './help';
import {parse} from './parse';
import type {TrackerCommand} from './parsed_command';
import {matchTrigger} from './trigger';

export type FirstStep =
    | {readonly kind: 'not-ours'}
    | {readonly kind: 'answered'; readonly outcome: CommandOutcome}
    | {readonly kind: 'needs-tracker'; readonly command: TrackerCommand};

export function readCommand(message: string): FirstStep {
    const matched = matchTrigger(message);
    if (matched === null) {
        return {kind: 'not-ours'};
    }
    const parsed = parse(matched.args);
    if (parsed.kind === 'parse-error') {
        return {kind: 'answered', outcome: failure(parsed.message)};
    }
    if (parsed.kind === 'help') {
        return {kind: 'answered', outcome: reply(parsed.topic === null ? helpOverview() : helpFor(parsed.topic))};
    }
    return {kind: 'needs-tracker', command: parsed};
}
