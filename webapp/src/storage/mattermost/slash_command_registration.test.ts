import {loginAs, seededPlace, startFresh, type Running} from '../../../../local-mattermost/server/test_support';

import {AUTOCOMPLETE_DESCRIPTION, AUTOCOMPLETE_HINT} from '../../command/grammar';

import {registerAutocomplete} from './slash_command_registration';

const ENTRY = {trigger: 'plugin-onboard', hint: AUTOCOMPLETE_HINT, description: AUTOCOMPLETE_DESCRIPTION};

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
    expect(await registerAutocomplete(team.id, running.server.url, ENTRY, admin)).toEqual({ok: true});
    expect(await registerAutocomplete(team.id, running.server.url, ENTRY, admin)).toEqual({ok: true});
    const commands = await admin.getAutocompleteCommandsList(team.id);
    expect(commands.filter((c) => c.trigger === 'plugin-onboard')).toHaveLength(1);
    // The hint lists the subcommands the parser knows (the grammar's own list).
    expect(commands.find((c) => c.trigger === 'plugin-onboard')?.auto_complete_hint).toBe(AUTOCOMPLETE_HINT);
});

it('a member without manage_slash_commands is told who can do it', async () => {
    const alice = await loginAs(running.server, 'alice');
    const team = (await seededPlace(alice)).team;
    const result = await registerAutocomplete(team.id, running.server.url, ENTRY, alice);
    expect(result).toMatchObject({ok: false, message: expect.stringContaining('team admin')});
});
