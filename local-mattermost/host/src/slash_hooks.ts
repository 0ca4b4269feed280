// runSlashCommandWillBePostedHooks with the webapp's contract (actions/hooks.ts): hooks run in
// registration order and are awaited; a falsy result passes the command on unchanged; {error}
// stops with that error; otherwise message and args are replaced by the result's, and an empty
// object consumes the command (later hooks are skipped, nothing goes to the server).
import {z} from 'zod';

import type {SlashCommandArgs, SlashCommandHookEntry} from './store/plugin_types';

const hookErrorSchema = z.object({error: z.object({message: z.string()}).loose()}).loose();
const hookArgsSchema = z.object({channel_id: z.string(), team_id: z.string(), root_id: z.string()}).loose();

export type HookOutcome =
    | {kind: 'error'; message: string}
    | {kind: 'consumed'}
    | {kind: 'send'; message: string; args: SlashCommandArgs | undefined};

export async function runSlashCommandHooks(hooks: readonly SlashCommandHookEntry[], originalMessage: string, originalArgs: SlashCommandArgs): Promise<HookOutcome> {
    let message: string | undefined = originalMessage;
    let args: SlashCommandArgs | undefined = originalArgs;

    for (const {hook} of hooks) {
        const result: unknown = await hook(message ?? '', args ?? originalArgs);
        if (!result || typeof result !== 'object') {
            continue;
        }
        if ('error' in result) {
            const parsed = hookErrorSchema.safeParse(result);
            return {kind: 'error', message: parsed.success ? parsed.data.error.message : 'A plugin rejected this command.'};
        }
        const nextMessage: unknown = Reflect.get(result, 'message');
        const nextArgs = hookArgsSchema.safeParse(Reflect.get(result, 'args'));
        message = typeof nextMessage === 'string' ? nextMessage : undefined;
        args = nextArgs.success ? nextArgs.data : undefined;
        if (Object.keys(result).length === 0) {
            break;
        }
    }

    if (!message && !args) {
        return {kind: 'consumed'};
    }
    return {kind: 'send', message: message ?? '', args};
}

// The webapp lower-cases the trigger and trims the rest before sending (actions/command.ts).
export function normalizeCommand(message: string): string {
    let cmdLength = message.indexOf(' ');
    if (cmdLength < 0) {
        cmdLength = message.length;
    }
    const cmd = message.substring(0, cmdLength).toLowerCase();
    return cmd + ' ' + message.substring(cmdLength).trim();
}
