// A whole command in one call: the first step (lazy/command_entry.ts runs it alone) then, when it
// needs the tracker, execution (lazy/command_run_entry.ts). Tests drive commands through this.
import type {CommandContext, CommandOutcome} from './context';
import {executeCommand} from './execute';
import {readCommand} from './read_command';

export type {CommandContext, CommandOutcome} from './context';

/** null: not our command, pass it through untouched. */
export async function runSlashCommand(message: string, ctx: CommandContext): Promise<CommandOutcome | null> {
    const step = readCommand(message);
    switch (step.kind) {
    case 'not-ours': return null;
    case 'answered': return step.outcome;
    case 'needs-tracker': return executeCommand(step.command, ctx);
    }
}
