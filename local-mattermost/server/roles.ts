// The permissions of Mattermost's default roles that some route of this server checks, copied as
// data from server/public/model/role.go MakeDefaultRoles (only the permissions asked for here).
// Who holds what matters more than it looks: channel members may rename and archive a public
// channel, team admins may delete anyone's posts but not edit them, and only system admins
// (who hold every permission) edit others' posts or read deleted ones.
export type Permission =
    | 'create_post'
    | 'edit_post'
    | 'delete_post'
    | 'edit_others_posts'
    | 'delete_others_posts'
    | 'read_channel'
    | 'read_channel_content'
    | 'read_public_channel'
    | 'read_deleted_posts'
    | 'manage_public_channel_properties'
    | 'manage_private_channel_properties'
    | 'manage_public_channel_members'
    | 'manage_private_channel_members'
    | 'delete_public_channel'
    | 'delete_private_channel'
    | 'list_team_channels'
    | 'join_public_channels'
    | 'create_public_channel'
    | 'create_private_channel'
    | 'view_team'
    | 'manage_team'
    | 'remove_user_from_team'
    | 'manage_own_slash_commands'
    | 'manage_others_slash_commands'
    | 'manage_system';

export type RoleName = 'channel_user' | 'channel_admin' | 'team_user' | 'team_admin' | 'system_user' | 'system_admin';

const channelUser: readonly Permission[] = [
    'read_channel', 'read_channel_content', 'manage_public_channel_members', 'create_post',
    'manage_public_channel_properties', 'delete_public_channel', 'manage_private_channel_properties',
    'delete_private_channel', 'manage_private_channel_members', 'delete_post', 'edit_post',
];

const teamUser: readonly Permission[] = [
    'list_team_channels', 'join_public_channels', 'read_public_channel', 'view_team',
    'create_public_channel', 'create_private_channel',
];

// team_admin: no edit_others_posts and no channel-property permissions (role.go lists neither).
const teamAdmin: readonly Permission[] = [
    'manage_team', 'remove_user_from_team', 'manage_own_slash_commands', 'manage_others_slash_commands', 'delete_post', 'delete_others_posts',
];

const grants: Record<Exclude<RoleName, 'system_admin'>, readonly Permission[]> = {
    channel_user: channelUser,
    // channel_admin's permissions (channel roles, bookmarks, banners, group mentions) are all outside this subset.
    channel_admin: [],
    team_user: teamUser,
    team_admin: teamAdmin,
    // system_user's permissions (teams, direct channels, custom groups) are all outside this subset.
    system_user: [],
};

// role.go gives system_admin every permission there is (AllPermissions).
export function roleGrants(role: RoleName, permission: Permission): boolean {
    return role === 'system_admin' || grants[role].includes(permission);
}
