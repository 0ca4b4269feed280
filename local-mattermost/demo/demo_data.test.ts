// The demo `make run` shows: every stage of the process represented, written through the real
// session and adapter, and written once.
import {Client4} from '@mattermost/client';

import {createTrackerSession} from '../../webapp/src/state/tracker_session';
import {createMattermostStorage} from '../../webapp/src/storage/mattermost/adapter';
import {seedPassword, seedTeam} from '../server/index';
import {startFresh, type Running} from '../server/test_support';

import {seedDemo} from './demo_data';

jest.setTimeout(60_000);

let running: Running;
beforeAll(async () => {
    running = await startFresh();
});
afterAll(async () => {
    await running.stop();
});

it('writes plugins at every stage once, and each reads back as a fresh client folds it', async () => {
    expect(await seedDemo(running.server.url)).toBe(true);
    expect(await seedDemo(running.server.url)).toBe(false);

    const client = new Client4();
    client.setUrl(running.server.url);
    const me = await client.login('bob', seedPassword);
    const team = await client.getTeamByName(seedTeam.name);
    const session = createTrackerSession({
        store: {dispatch: () => undefined},
        storage: createMattermostStorage({siteUrl: running.server.url, currentUserId: () => me.id, client}),
        currentUserId: () => me.id,
    });
    const view = await session.open(team.id);
    expect(view.status).toBe('ready');
    expect(view.state.rejectedCount).toBe(0);
    expect(view.state.policy.configured).toBe(true);
    const stages = (plugin: string) => {
        const record = view.state.plugins[plugin];
        return record ? [record.stages['ci-extensions'].status, record.stages['ci-extensions-release'].status, record.stages.community.status] : null;
    };
    expect(stages('welcomebot')).toEqual(['deployed', 'deployed', 'deployed']);
    expect(stages('todo')).toEqual(['deployed', 'deployed', 'not-started']);
    expect(stages('zoom')).toEqual(['deployed', 'in-progress', 'not-started']);
    expect(stages('jira')).toEqual(['ready', 'not-started', 'not-started']);
    expect(stages('github')).toEqual(['in-progress', 'not-started', 'not-started']);
});
