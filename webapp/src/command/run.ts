// The one entry the slash-command hook calls (lazily, after matchTrigger said yes in main.js).
import {failure, type CommandContext, type CommandOutcome} from './context';
import {executeCommand} from './execute';
import {parse} from './parse';
import {matchTrigger} from './trigger';

export type {CommandContext, CommandOutcome} from './context';

/** null: not our command, pass it through untouched. */
export async function runSlashCommand(message: string, ctx: CommandContext): Promise<CommandOutcome | null> {
    const matched = matchTrigger(message);
    if (matched === null) {
        return null;
    }
    const parsed = parse(matched.args);
    if (parsed.kind === 'parse-error') {
        return failure(parsed.message);
    }
    return executeCommand(parsed, ctx);
}
