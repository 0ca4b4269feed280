// Registering slash commands (api4/command.go createCommand, app/command.go CreateCommand): the
// manage_own_slash_commands permission first, then ServiceSettings.EnableCommands.
import type {Client4} from '@mattermost/client';
import type {Command} from '@mattermost/types/integrations';

import {loginAs, seededPlace, serverErrorOf, startFresh, type Running} from './test_support';

const command = (teamId: string, trigger: string): Command => ({
    team_id: teamId, trigger, method: 'P', url: 'http://localhost/unused', auto_complete: true,
    auto_complete_hint: '[status|help]', auto_complete_desc: 'Onboarding tracker',
} as Command);

describe('creating slash commands', () => {
    let running: Running;
    let alice: Client4;
    let dave: Client4;
    let admin: Client4;
    let teamId: string;

    beforeAll(async () => {
        running = await startFresh();
        [alice, dave, admin] = await Promise.all(['alice', 'dave-pm', 'admin'].map((u) => loginAs(running.server, u))) as [Client4, Client4, Client4];
        teamId = (await seededPlace(alice)).team.id;
    });
    afterAll(async () => {
        await running.stop();
    });

    it('needs manage_own_slash_commands, which team admins hold and plain members do not', async () => {
        const refused = await fetch(`${running.server.url}/api/v4/commands`, {
            method: 'POST', headers: {Authorization: `Bearer ${alice.getToken()}`}, body: JSON.stringify(command(teamId, 'alices')),
        });
        expect(refused.status).toBe(403);
        expect(await refused.json()).toMatchObject({detailed_error: expect.stringContaining('manage_own_slash_commands')});
        await expect(dave.addCommand(command(teamId, 'daves'))).resolves.toMatchObject({trigger: 'daves'});
    });

    it('answers 501 when an admin turns EnableCommands off, after the permission check', async () => {
        const config = await admin.getConfig();
        await admin.updateConfig({...config, ServiceSettings: {...config.ServiceSettings, EnableCommands: false}});
        expect(await serverErrorOf(admin.addCommand(command(teamId, 'off'))))
            .toEqual({status_code: 501, server_error_id: 'api.command.disabled.app_error'});
        expect((await serverErrorOf(alice.addCommand(command(teamId, 'off')))).status_code).toBe(403);
        expect((await admin.getClientConfig()).EnableCommands).toBe('false');
        await admin.updateConfig({...config, ServiceSettings: {...config.ServiceSettings, EnableCommands: true}});
        await expect(admin.addCommand(command(teamId, 'on-again'))).resolves.toMatchObject({trigger: 'on-again'});
    });

    it('starts with commands off when the server is told so', async () => {
        const off = await startFresh({enableCommands: false});
        try {
            const offAdmin = await loginAs(off.server, 'admin');
            const {team} = await seededPlace(offAdmin);
            expect(await serverErrorOf(offAdmin.addCommand(command(team.id, 'nope'))))
                .toEqual({status_code: 501, server_error_id: 'api.command.disabled.app_error'});
        } finally {
            await off.stop();
        }
    });
});
