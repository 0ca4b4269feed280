// The command's first step: help and a mistyped command are answered from the grammar alone; only a
// command that reads the tracker fetches the rest (the core), and a failed fetch is a clear reply.
import type {CommandArgs} from '@mattermost/types/integrations';
import type {Post} from '@mattermost/types/posts';
import type {GlobalState} from '@mattermost/types/store';
import {UserTypes} from 'mattermost-redux/action_types';
import configureStore from 'mattermost-redux/store';

import type {TrackerCommand} from '../command/parsed_command';

import type {AppDeps, CommandRun, LiveSync} from './app_types';
import {create, refusalLabel} from './command_entry';

const ME = 'me0000000000000000000000aa';
const CHANNEL = 'chan00000000000000000000aa';
const ARGS: CommandArgs = {channel_id: CHANNEL, team_id: 'team00000000000000000000aa'};

function world() {
    const store = configureStore({appReducers: {}, getAppReducers: () => ({}), preloadedState: {}});
    store.dispatch({type: UserTypes.RECEIVED_ME, data: {id: ME, username: 'me', roles: 'system_user'}});
    const deps: AppDeps = {pluginId: 'plugin-onboard', siteUrl: '', registry: {} as AppDeps['registry'], store, rhs: {} as AppDeps['rhs']};
    const executed: TrackerCommand[] = [];
    const live: LiveSync = {handleWebSocketEvent: () => undefined, handleReconnect: () => undefined};
    const run: CommandRun = {live, execute: (command) => {
        executed.push(command);
        return Promise.resolve({kind: 'reply', markdown: `ran ${command.kind}`});
    }};
    let downloads = 0;
    let offline = false;
    const loadRun = jest.fn(() => {
        downloads += 1;
        return offline ? Promise.reject(new Error('Loading chunk command-run failed')) : Promise.resolve(run);
    });
    const command = create(deps, loadRun);
    /** The replies only this user sees, as the webapp's posts reducer holds them. */
    const replies = (): string[] => Object.values((store.getState() as GlobalState).entities.posts.posts).map((post: Post) => post.message);
    return {command, executed, live, replies, downloads: () => downloads, goOffline: (value: boolean) => {
        offline = value;
    }};
}

describe('the command\'s first step', () => {
    it('answers help without fetching what reads the tracker', async () => {
        const w = world();
        await expect(w.command.handleSlashCommand('/plugin-onboard help', ARGS)).resolves.toEqual({});
        await w.command.handleSlashCommand('/plugin-onboard help signoff', ARGS);
        expect(w.downloads()).toBe(0);
        expect(w.replies()).toHaveLength(2);
        expect(w.replies()[0]).toContain('signoff');
        expect(w.command.live).toBeNull();
    });

    it('refuses a mistyped command under the box, keeping the text, without fetching anything', async () => {
        const w = world();
        const result = await w.command.handleSlashCommand('/plugin-onboard sign-off github qa-pass', ARGS);
        expect(result).toEqual({error: {message: expect.stringContaining('sign-off')}});
        expect(w.downloads()).toBe(0);
    });

    it('passes other commands through untouched', async () => {
        const w = world();
        await expect(w.command.handleSlashCommand('/echo hi', ARGS)).resolves.toEqual({message: '/echo hi', args: ARGS});
        expect(w.downloads()).toBe(0);
    });

    it('fetches the rest once, for the first command that reads the tracker, and its live sync with it', async () => {
        const w = world();
        await w.command.handleSlashCommand('/plugin-onboard status github', ARGS);
        await w.command.handleSlashCommand('/plugin-onboard list', ARGS);
        expect(w.executed.map((command) => command.kind)).toEqual(['status', 'list']);
        expect(w.downloads()).toBe(1);
        expect(w.replies()).toEqual(expect.arrayContaining(['ran status', 'ran list']));
        expect(w.command.live).toBe(w.live);
    });

    it('says what could not be fetched when the download fails, records nothing, and fetches again next time', async () => {
        const w = world();
        w.goOffline(true);
        const result = await w.command.handleSlashCommand('/plugin-onboard signoff github qa-pass', ARGS);
        expect(result).toEqual({error: {message: 'The part of Plugin Onboarding that reads the tracker could not be downloaded (Loading chunk command-run failed); check the connection and send the command again. Nothing was recorded.'}});
        expect(w.executed).toEqual([]);
        expect(w.command.live).toBeNull();
        w.goOffline(false);
        await w.command.handleSlashCommand('/plugin-onboard signoff github qa-pass', ARGS);
        expect(w.executed.map((command) => command.kind)).toEqual(['signoff']);
        expect(w.downloads()).toBe(2);
    });
});

describe('a refusal under the message box', () => {
    test('one line stays as it is, with no reply', () => {
        const replies: string[] = [];
        expect(refusalLabel('Unknown option `--x`.', (m) => replies.push(m))).toBe('Unknown option `--x`.');
        expect(replies).toEqual([]);
    });

    test('several lines: the whole refusal is a reply (its list renders there) and the label is its first line', () => {
        const replies: string[] = [];
        const markdown = 'Not recorded. QA pass cannot be signed off yet; still missing:\n- evidence \'QA notes\'\n- sub-step \'Functional testing\'\nWho holds the role: QA team (@carol-qa).';
        expect(refusalLabel(markdown, (m) => replies.push(m))).toBe('Not recorded. QA pass cannot be signed off yet; still missing: see the reply above.');
        expect(replies).toEqual([markdown]);
    });
});
