// The demo data `make run` and the tests start from.
import {memberKey, type LocalApp} from './app';
import {hashPassword, newId} from './ids';
import type {ChannelRecord, UserRecord} from './records';
import {seedPassword, seedTeam, seedUsers} from './seed_accounts';

export {seedPassword, seedTeam, seedUsers} from './seed_accounts';

export function seed(app: LocalApp): void {
    const now = app.now();
    const hash = hashPassword(seedPassword);
    const users = seedUsers.map((u): {record: UserRecord; teamAdmin: boolean} => ({
        record: {
            id: newId(), username: u.username, email: `${u.username}@example.com`, first_name: u.first_name, last_name: u.last_name,
            nickname: '', roles: u.roles, password_hash: hash, create_at: now, update_at: now, delete_at: 0,
        },
        teamAdmin: u.teamAdmin,
    }));
    const team = {id: newId(), name: seedTeam.name, display_name: seedTeam.display_name, type: 'O' as const, create_at: now, update_at: now};
    // The team's default channels have no creator: app/team.go CreateDefaultChannels sets none.
    const channel = (name: string, displayName: string): ChannelRecord => ({
        id: newId(), team_id: team.id, type: 'O', name, display_name: displayName, purpose: '', header: '', creator_id: '',
        create_at: now, update_at: now, delete_at: 0, last_post_at: now, last_root_post_at: now,
    });
    const channels = [channel('town-square', 'Town Square'), channel('off-topic', 'Off-Topic')];

    app.store.put('teams', team.id, team);
    for (const c of channels) {
        app.store.put('channels', c.id, c);
    }
    for (const {record: u, teamAdmin} of users) {
        app.store.put('users', u.id, u);
        app.store.put('team_members', memberKey(team.id, u.id), {team_id: team.id, user_id: u.id, scheme_admin: teamAdmin});
        for (const c of channels) {
            app.store.put('channel_members', memberKey(c.id, u.id), {channel_id: c.id, user_id: u.id, scheme_admin: false, last_update_at: now});
        }
    }
}
