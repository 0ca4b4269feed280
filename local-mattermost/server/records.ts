// What the embedded store keeps. Every record is parsed with these schemas when the data file is
// read back, so a hand-edited or truncated file cannot smuggle in a wrong shape.
import {z} from 'zod';

export const userRecord = z.object({
    id: z.string(),
    username: z.string(),
    email: z.string(),
    first_name: z.string(),
    last_name: z.string(),
    nickname: z.string(),
    roles: z.string(),
    password_hash: z.string(),
    create_at: z.number(),
    update_at: z.number(),
    delete_at: z.number(),
});
export type UserRecord = z.infer<typeof userRecord>;

export const sessionRecord = z.object({
    id: z.string(),
    token: z.string(),
    user_id: z.string(),
    csrf: z.string(),
    create_at: z.number(),
    expires_at: z.number(),
});
export type SessionRecord = z.infer<typeof sessionRecord>;

export const teamRecord = z.object({
    id: z.string(),
    name: z.string(),
    display_name: z.string(),
    type: z.enum(['O', 'I']),
    create_at: z.number(),
    update_at: z.number(),
});
export type TeamRecord = z.infer<typeof teamRecord>;

export const teamMemberRecord = z.object({
    team_id: z.string(),
    user_id: z.string(),
    scheme_admin: z.boolean(),
    /** When the user left or was removed from the team (app/team.go LeaveTeam keeps the row); absent or 0 while a member. */
    delete_at: z.number().optional(),
});
export type TeamMemberRecord = z.infer<typeof teamMemberRecord>;

export const channelRecord = z.object({
    id: z.string(),
    team_id: z.string(),
    type: z.enum(['O', 'P']),
    name: z.string(),
    display_name: z.string(),
    purpose: z.string(),
    header: z.string(),
    creator_id: z.string(),
    create_at: z.number(),
    update_at: z.number(),
    delete_at: z.number(),
    last_post_at: z.number(),
    last_root_post_at: z.number(),
});
export type ChannelRecord = z.infer<typeof channelRecord>;

export const channelMemberRecord = z.object({
    channel_id: z.string(),
    user_id: z.string(),
    scheme_admin: z.boolean(),
    last_update_at: z.number(),
});
export type ChannelMemberRecord = z.infer<typeof channelMemberRecord>;

export const postRecord = z.object({
    id: z.string(),
    channel_id: z.string(),
    user_id: z.string(),
    root_id: z.string(),
    // An edit-history copy names the post it was copied from; data files written before copies
    // existed have no such field.
    original_id: z.string().default(''),
    message: z.string(),
    type: z.string(),
    props: z.record(z.string(), z.unknown()),
    hashtags: z.string(),
    pending_post_id: z.string(),
    create_at: z.number(),
    update_at: z.number(),
    edit_at: z.number(),
    delete_at: z.number(),
    is_pinned: z.boolean(),
});
export type PostRecord = z.infer<typeof postRecord>;

export const preferenceRecord = z.object({
    user_id: z.string(),
    category: z.string(),
    name: z.string(),
    value: z.string(),
});
export type PreferenceRecord = z.infer<typeof preferenceRecord>;

export const commandRecord = z.object({
    id: z.string(),
    token: z.string(),
    team_id: z.string(),
    creator_id: z.string(),
    trigger: z.string(),
    method: z.enum(['P', 'G', '']),
    url: z.string(),
    username: z.string(),
    icon_url: z.string(),
    auto_complete: z.boolean(),
    auto_complete_desc: z.string(),
    auto_complete_hint: z.string(),
    display_name: z.string(),
    description: z.string(),
    create_at: z.number(),
    update_at: z.number(),
    delete_at: z.number(),
});
export type CommandRecord = z.infer<typeof commandRecord>;

// The admin config is an open JSON document; only PluginSettings.Plugins is given meaning here.
export const configRecord = z.record(z.string(), z.unknown());
export type ConfigRecord = z.infer<typeof configRecord>;

export const tableSchemas = {
    users: userRecord,
    sessions: sessionRecord,
    teams: teamRecord,
    team_members: teamMemberRecord,
    channels: channelRecord,
    channel_members: channelMemberRecord,
    posts: postRecord,
    preferences: preferenceRecord,
    commands: commandRecord,
    config: configRecord,
} as const;

export type TableName = keyof typeof tableSchemas;
export type RecordOf<T extends TableName> = z.infer<(typeof tableSchemas)[T]>;
