import {normalizeCommand, runSlashCommandHooks} from './slash_hooks';
import type {SlashCommandArgs, SlashCommandHook} from './store/plugin_types';

const args: SlashCommandArgs = {channel_id: 'c1', team_id: 't1', root_id: ''};
const entries = (...hooks: SlashCommandHook[]) => hooks.map((hook, i) => ({id: `h${i}`, pluginId: 'p', hook}));

describe('runSlashCommandHooks', () => {
    test('no hooks: the command is sent unchanged', async () => {
        expect(await runSlashCommandHooks([], '/echo hi', args)).toEqual({kind: 'send', message: '/echo hi', args});
    });

    test('undefined passes through to the next hook', async () => {
        const seen: string[] = [];
        const outcome = await runSlashCommandHooks(entries(() => undefined, (m) => {
            seen.push(m);
            return undefined;
        }), '/echo hi', args);
        expect(seen).toEqual(['/echo hi']);
        expect(outcome).toEqual({kind: 'send', message: '/echo hi', args});
    });

    test('{} consumes and later hooks are skipped', async () => {
        const later = jest.fn();
        expect(await runSlashCommandHooks(entries(async () => ({}), later), '/mine', args)).toEqual({kind: 'consumed'});
        expect(later).not.toHaveBeenCalled();
    });

    test('{error} stops with the error message', async () => {
        expect(await runSlashCommandHooks(entries(() => ({error: {message: 'nope'}})), '/mine', args)).toEqual({kind: 'error', message: 'nope'});
    });

    test('{message, args} rewrites what later hooks and the server see', async () => {
        const second = jest.fn((m: string, a: SlashCommandArgs) => ({message: m + ' b', args: a}));
        const outcome = await runSlashCommandHooks(entries((m, a) => ({message: m + ' a', args: a}), second), '/x', args);
        expect(second).toHaveBeenCalledWith('/x a', args);
        expect(outcome).toEqual({kind: 'send', message: '/x a b', args});
    });

    test('hooks are awaited in order', async () => {
        const order: number[] = [];
        await runSlashCommandHooks(entries(async () => {
            await new Promise((r) => setTimeout(r, 20));
            order.push(1);
        }, () => {
            order.push(2);
        }), '/x', args);
        expect(order).toEqual([1, 2]);
    });
});

describe('normalizeCommand', () => {
    test('lower-cases the trigger and trims the rest', () => {
        expect(normalizeCommand('/Plugin-Onboard   status  ')).toBe('/plugin-onboard status');
        expect(normalizeCommand('/away')).toBe('/away ');
    });
});
