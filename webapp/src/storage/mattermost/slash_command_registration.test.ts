import {loginAs, seededPlace, startFresh, type Running} from '../../../../local-mattermost/server/test_support';

import {registerAutocomplete} from './slash_command_registration';

let running: Running;

beforeEach(async () => {
    running = await startFresh({seed: true, strictCsrf: true});
});

afterEach(async () => {
    await running.stop();
});

it('a team admin adds /plugin-onboard to autocomplete once, however often setup runs', async () => {
    const admin = await loginAs(running.server, 'admin');
    const team = (await seededPlace(admin)).team;
    expect(await registerAutocomplete(team.id, running.server.url, admin)).toEqual({ok: true});
    expect(await registerAutocomplete(team.id, running.server.url, admin)).toEqual({ok: true});
    const commands = await admin.getAutocompleteCommandsList(team.id);
    expect(commands.filter((c) => c.trigger === 'plugin-onboard')).toHaveLength(1);
});

it('a member without manage_slash_commands is told who can do it', async () => {
    const alice = await loginAs(running.server, 'alice');
    const team = (await seededPlace(alice)).team;
    const result = await registerAutocomplete(team.id, running.server.url, alice);
    expect(result).toMatchObject({ok: false, message: expect.stringContaining('team admin')});
});
