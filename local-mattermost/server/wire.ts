// Response builders. Each returns a type derived from @mattermost/types, so a field that
// Mattermost renames or adds as required breaks the type-check here instead of drifting silently.
// Where the server's JSON differs from the client's view (omitted empty metadata, no password,
// custom post types), the difference is spelled out as a narrow Omit/override of that type.
import type {Channel, ChannelMembership, ServerChannel} from '@mattermost/types/channels';
import type {Command} from '@mattermost/types/integrations';
import type {PaginatedPostList, Post, PostMetadata, PostType} from '@mattermost/types/posts';
import type {PreferenceType} from '@mattermost/types/preferences';
import type {Team, TeamMembership} from '@mattermost/types/teams';
import type {UserNotifyProps, UserProfile} from '@mattermost/types/users';

import type {ChannelMemberRecord, ChannelRecord, CommandRecord, PostRecord, PreferenceRecord, TeamMemberRecord, TeamRecord, UserRecord} from './records';

export type CustomPostType = `custom_${string}`;
export type WirePost = Omit<Post, 'metadata' | 'type'> & {type: PostType | CustomPostType; metadata: Partial<PostMetadata>};
// Channel pages and `since` answers leave has_next out: PostList.HasNext is a pointer with
// omitempty (server/public/model/post_list.go) and GetPosts/GetPostsSince never set it. Threads
// may carry it.
export type WirePostList = Omit<PaginatedPostList, 'posts' | 'has_next'> & {posts: Record<string, WirePost>; has_next?: boolean};
export type WireUser = Omit<UserProfile, 'password' | 'notify_props' | 'auth_data'> & {notify_props?: UserNotifyProps};

// System post types this server itself writes; clients may not create any system_ type.
export const serverPostTypes = [
    'system_join_channel', 'system_add_to_channel', 'system_channel_deleted', 'system_channel_restored',
    'system_displayname_change', 'system_header_change', 'system_purpose_change',
] as const satisfies readonly PostType[];
export type ServerPostType = (typeof serverPostTypes)[number];

export function isCustomPostType(type: string): type is CustomPostType {
    return type.startsWith('custom_');
}

function wirePostType(type: string): WirePost['type'] {
    if (type === '' || isCustomPostType(type)) {
        return type;
    }
    const known = serverPostTypes.find((t) => t === type);
    if (known === undefined) {
        throw new Error(`stored post has a type this server never writes: ${type}`);
    }
    return known;
}

export function wirePost(post: PostRecord, replyCount: number, pendingPostId = ''): WirePost {
    return {
        id: post.id,
        create_at: post.create_at,
        update_at: post.update_at,
        edit_at: post.edit_at,
        delete_at: post.delete_at,
        is_pinned: post.is_pinned,
        user_id: post.user_id,
        channel_id: post.channel_id,
        root_id: post.root_id,
        original_id: post.original_id,
        message: post.message,
        type: wirePostType(post.type),
        props: post.props,
        hashtags: post.hashtags,
        pending_post_id: pendingPostId,
        reply_count: replyCount,
        // The real server sends an empty object when a post has no embeds, files, emojis or reactions.
        metadata: {},
    };
}

export function wirePostList(order: string[], posts: Record<string, WirePost>, cursors: {next: string; prev: string; hasNext?: boolean}): WirePostList {
    const list: WirePostList = {order, posts, next_post_id: cursors.next, prev_post_id: cursors.prev, first_inaccessible_post_time: 0};
    return cursors.hasNext === undefined ? list : {...list, has_next: cursors.hasNext};
}

const defaultNotifyProps: UserNotifyProps = {
    desktop: 'mention',
    desktop_sound: 'true',
    calls_desktop_sound: 'true',
    email: 'true',
    mark_unread: 'all',
    push: 'mention',
    push_status: 'online',
    comments: 'never',
    first_name: 'false',
    channel: 'true',
    mention_keys: '',
    highlight_keys: '',
};

// Others' profiles lose notify_props, as Mattermost's ClearNonProfileFields does.
export function wireUser(user: UserRecord, isSelf: boolean): WireUser {
    const base: WireUser = {
        id: user.id,
        create_at: user.create_at,
        update_at: user.update_at,
        delete_at: user.delete_at,
        username: user.username,
        auth_service: '',
        email: user.email,
        nickname: user.nickname,
        first_name: user.first_name,
        last_name: user.last_name,
        position: '',
        roles: user.roles,
        props: {},
        last_password_update: isSelf ? user.create_at : 0,
        last_picture_update: 0,
        locale: 'en',
        timezone: {useAutomaticTimezone: 'true', automaticTimezone: '', manualTimezone: ''},
        mfa_active: false,
        last_activity_at: 0,
        is_bot: false,
        bot_description: '',
        terms_of_service_id: '',
        terms_of_service_create_at: 0,
    };
    return isSelf ? {...base, notify_props: {...defaultNotifyProps, mention_keys: `${user.username},@${user.username}`}} : base;
}

export function wireTeam(team: TeamRecord): Team {
    return {
        id: team.id,
        create_at: team.create_at,
        update_at: team.update_at,
        delete_at: 0,
        display_name: team.display_name,
        name: team.name,
        description: '',
        email: '',
        type: team.type,
        company_name: '',
        allowed_domains: '',
        invite_id: team.id.split('').reverse().join(''),
        allow_open_invite: team.type === 'O',
        scheme_id: '',
        group_constrained: false,
        policy_id: null,
    };
}

export function wireTeamMember(member: TeamMemberRecord): TeamMembership {
    return {
        team_id: member.team_id,
        user_id: member.user_id,
        roles: member.scheme_admin ? 'team_user team_admin' : 'team_user',
        delete_at: 0,
        scheme_admin: member.scheme_admin,
        scheme_guest: false,
        scheme_user: true,
        mention_count: 0,
        mention_count_root: 0,
        msg_count: 0,
        msg_count_root: 0,
    };
}

export function wireChannel(channel: ChannelRecord, totalMsgCount: number, totalRootCount: number): ServerChannel {
    const base: Channel = {
        id: channel.id,
        create_at: channel.create_at,
        update_at: channel.update_at,
        delete_at: channel.delete_at,
        team_id: channel.team_id,
        type: channel.type,
        display_name: channel.display_name,
        name: channel.name,
        header: channel.header,
        purpose: channel.purpose,
        last_post_at: channel.last_post_at,
        last_root_post_at: channel.last_root_post_at,
        creator_id: channel.creator_id,
        scheme_id: '',
        group_constrained: false,
        policy_id: null,
    };
    return {...base, total_msg_count: totalMsgCount, total_msg_count_root: totalRootCount};
}

export function wireChannelMember(member: ChannelMemberRecord): ChannelMembership {
    return {
        channel_id: member.channel_id,
        user_id: member.user_id,
        roles: member.scheme_admin ? 'channel_user channel_admin' : 'channel_user',
        last_viewed_at: 0,
        msg_count: 0,
        msg_count_root: 0,
        mention_count: 0,
        mention_count_root: 0,
        urgent_mention_count: 0,
        notify_props: {desktop: 'default', email: 'default', mark_unread: 'all', push: 'default', ignore_channel_mentions: 'default', channel_auto_follow_threads: 'off'},
        last_update_at: member.last_update_at,
        scheme_user: true,
        scheme_admin: member.scheme_admin,
    };
}

export function wirePreference(pref: PreferenceRecord): PreferenceType {
    return {user_id: pref.user_id, category: pref.category, name: pref.name, value: pref.value};
}

// Tokens are secrets of the command's creator; Mattermost blanks them for everyone else.
export function wireCommand(command: CommandRecord, showToken: boolean): Command {
    return {
        id: command.id,
        token: showToken ? command.token : '',
        create_at: command.create_at,
        update_at: command.update_at,
        delete_at: command.delete_at,
        creator_id: command.creator_id,
        team_id: command.team_id,
        trigger: command.trigger,
        method: command.method,
        username: command.username,
        icon_url: command.icon_url,
        auto_complete: command.auto_complete,
        auto_complete_desc: command.auto_complete_desc,
        auto_complete_hint: command.auto_complete_hint,
        display_name: command.display_name,
        description: command.description,
        url: command.url,
    };
}
