// /plugin-onboard: loaded on the first command. Replies are ephemeral posts; errors stay under the
// textbox with the user's text kept, as the webapp does for a hook's {error}. This chunk reads the
// command (grammar, parser, help) but holds no session: help and a mistyped command are answered
// at once, and the tracker's core comes with the first command that reads it (command_run_entry.ts).
import type {CommandArgs} from '@mattermost/types/integrations';

import {failure, type CommandOutcome} from '../command/context';
import {withPart} from '../command/lazy_part';
import {readCommand} from '../command/read_command';
import {words} from '../command/words';
import {ephemeralPost, newPostId, showEphemeral} from '../host/ephemeral';
import {getCurrentUserId} from '../host/host_state';
import {markdownToPlainText} from '../host/plain_text';
import type {SlashCommandHookResult} from '../host/registry';

import type {AppDeps, CommandChunk, CommandRun, CommandRunModule} from './app_types';

/** The rest of the command with the core: a chunk of its own, fetched by the first command that reads the tracker. */
function importRun(deps: AppDeps): () => Promise<CommandRun> {
    return async () => {
        const module: CommandRunModule = await import(/* webpackChunkName: "command-run" */ './command_run_entry');
        return module.create(deps);
    };
}

export function create(deps: AppDeps, fetchRun: () => Promise<CommandRun> = importRun(deps)): CommandChunk {
    let run: CommandRun | null = null;
    const loadRun = async (): Promise<CommandRun> => {
        run ??= await fetchRun();
        return run;
    };
    return {
        get live() {
            return run === null ? null : run.live;
        },
        handleSlashCommand: (message, args) => handleSlashCommand(message, args, deps, loadRun),
    };
}

export async function handleSlashCommand(message: string, args: CommandArgs, deps: AppDeps, loadRun: () => Promise<CommandRun>): Promise<SlashCommandHookResult> {
    const {store} = deps;
    const userId = getCurrentUserId(store.getState());
    const rootId = args.root_id ?? '';
    let outcome: CommandOutcome;
    try {
        const step = readCommand(message);
        if (step.kind === 'not-ours') {
            return {message, args};
        }
        // A failed download of the rest is a reply like any part's (webpack forgets a failed
        // chunk, so the next command fetches it again), never an internal error.
        outcome = step.kind === 'answered' ? step.outcome : await withPart(words.partTracker, loadRun, (run) => run.execute(step.command, args));
    } catch (error) {
        // The command layer is total by design; this guards the hook, which must never reject.
        outcome = failure(words.unexpectedError(error instanceof Error ? error.message : String(error)));
    }
    if (outcome.kind === 'error') {
        return {error: {message: markdownToPlainText(refusalLabel(outcome.message, (markdown) => showEphemeral(store, ephemeralPost({
            id: newPostId(), userId, channelId: args.channel_id, rootId, message: markdown, now: Date.now(),
        }))))}};
    }
    showEphemeral(store, ephemeralPost({id: newPostId(), userId, channelId: args.channel_id, rootId, message: outcome.markdown, now: Date.now()}));
    return {};
}

/**
 * The webapp shows a hook's {error} as one line of plain text under the box (MessageSubmitError), so
 * a refusal of several lines (a list of what is missing, who holds a role, what to type instead)
 * would run together there. Such a refusal is shown whole as a reply only this user sees, where its
 * Markdown list renders, and the line under the box is its first line, pointing there. The typed
 * command stays in the box either way.
 */
export function refusalLabel(markdown: string, reply: (markdown: string) => void): string {
    const [first = '', ...rest] = markdown.split('\n').filter((line) => line.trim() !== '');
    if (rest.length === 0) {
        return markdown;
    }
    reply(markdown);
    return `${first.trim().replace(/[.:;,]+$/, '')}: see the reply above.`;
}
