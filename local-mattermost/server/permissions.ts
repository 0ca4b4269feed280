// Permission checks in the order Mattermost's server/channels/app/authorization.go makes them:
// a channel permission is granted by the user's channel roles, then by manage_system, then by
// their team roles and system roles (SessionHasPermissionToChannel); a team permission by their
// team roles, then their system roles (SessionHasPermissionToTeam).
import {memberKey, type LocalApp} from './app';
import type {ChannelRecord} from './records';
import {roleGrants, type Permission, type RoleName} from './roles';

function systemRoles(app: LocalApp, userId: string): RoleName[] {
    return app.isSystemAdmin(userId) ? ['system_user', 'system_admin'] : ['system_user'];
}

function teamRoles(app: LocalApp, teamId: string, userId: string): RoleName[] {
    const member = app.store.get('team_members', memberKey(teamId, userId));
    // Someone who left the team holds none of its roles.
    if (member === undefined || (member.delete_at ?? 0) > 0) {
        return [];
    }
    return member.scheme_admin ? ['team_user', 'team_admin'] : ['team_user'];
}

function channelRoles(app: LocalApp, channelId: string, userId: string): RoleName[] {
    const member = app.channelMember(channelId, userId);
    if (member === undefined) {
        return [];
    }
    return member.scheme_admin ? ['channel_user', 'channel_admin'] : ['channel_user'];
}

const anyGrants = (roles: RoleName[], permission: Permission): boolean => roles.some((role) => roleGrants(role, permission));

export function hasSystemPermission(app: LocalApp, userId: string, permission: Permission): boolean {
    return anyGrants(systemRoles(app, userId), permission);
}

export function hasTeamPermission(app: LocalApp, userId: string, teamId: string, permission: Permission): boolean {
    return anyGrants(teamRoles(app, teamId, userId), permission) || hasSystemPermission(app, userId, permission);
}

// Memberships of archived channels count: GetAllChannelMembersForUser is asked with includeDeleted.
export function hasChannelPermission(app: LocalApp, userId: string, channel: ChannelRecord, permission: Permission): boolean {
    if (anyGrants(channelRoles(app, channel.id, userId), permission) || hasSystemPermission(app, userId, 'manage_system')) {
        return true;
    }
    return hasTeamPermission(app, userId, channel.team_id, permission);
}
