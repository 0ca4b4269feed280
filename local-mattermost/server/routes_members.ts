// Channel and team memberships: who may add whom to a channel, reading which of some users are
// members, and a user leaving (or being removed from) a team, as Mattermost's server does them.
import {z} from 'zod';

import {memberKey, type LocalApp} from './app';
import {AppError, invalidParam, notFound, permissionError} from './errors';
import {param, route, type AuthedCtx, type Route} from './http';
import {hasChannelPermission, hasTeamPermission} from './permissions';
import type {Posts} from './posts';
import type {ChannelMemberRecord, ChannelRecord, UserRecord} from './records';
import {userIdParam} from './routes_users';
import {wireChannelMember} from './wire';
import {userAddedEvents} from './ws_events';

// api4/channel.go addChannelMember reads user_ids (at most maxListSize, 1000) or else user_id,
// each a valid id (model.IsValidId: 26 lower-case letters and digits).
const validId = z.string().regex(/^[a-z0-9]{26}$/);
const addMembers = z.union([
    z.object({user_ids: z.array(validId).max(1000)}),
    z.object({user_id: validId}),
]);
type AddMembers = z.infer<typeof addMembers>;
const memberIds = z.array(z.string()).min(1);

async function jsonBody(ctx: AuthedCtx): Promise<unknown> {
    try {
        return JSON.parse((await ctx.body()).toString('utf8'));
    } catch {
        return undefined;
    }
}

export function memberRoutes(app: LocalApp, posts: Posts): Route[] {
    const join = (channel: ChannelRecord, user: UserRecord, actor: UserRecord): ChannelMemberRecord => {
        const member = {channel_id: channel.id, user_id: user.id, scheme_admin: false, last_update_at: app.now()};
        app.store.put('channel_members', memberKey(channel.id, user.id), member);
        // app/channel.go AddChannelMember: "joined" when users add themselves, "added by" otherwise.
        if (actor.id === user.id) {
            posts.system(channel.id, user, 'system_join_channel', `@${user.username} joined the channel.`, {username: user.username});
        } else {
            posts.system(channel.id, actor, 'system_add_to_channel', `@${user.username} added to the channel by @${actor.username}.`, {
                userId: actor.id, username: actor.username, addedUserId: user.id, addedUsername: user.username,
            });
        }
        userAddedEvents(channel, user.id).forEach((event) => app.publish(event));
        return member;
    };

    // app/channel.go AddChannelMember (GetUser: 404 for a missing account) and AddUserToChannel: the
    // user must be a member of the channel's team (Team().GetMember: 404
    // app.team.get_member.missing.app_error), and not one who left it (DeleteAt > 0: 400
    // api.channel.add_user.to.channel.failed.deleted.app_error).
    const addOne = (channel: ChannelRecord, userId: string, actor: UserRecord): ChannelMemberRecord => {
        const target = app.requireUser(userId);
        const teamMember = app.store.get('team_members', memberKey(channel.team_id, target.id));
        if (teamMember === undefined) {
            throw notFound('app.team.get_member.missing.app_error', 'No team member found for that user ID and team ID.');
        }
        if ((teamMember.delete_at ?? 0) > 0) {
            throw new AppError(400, 'api.channel.add_user.to.channel.failed.deleted.app_error', 'Failed to add user to channel because they have been removed from the team.');
        }
        return join(channel, target, actor);
    };

    // api4/channel.go addChannelMember.
    const addChannelMembers = async (ctx: AuthedCtx) => {
        const parsed = addMembers.safeParse(await jsonBody(ctx));
        if (!parsed.success) {
            throw invalidParam('user_id or user_ids');
        }
        const body: AddMembers = parsed.data;
        const userIds = 'user_ids' in body ? body.user_ids : [body.user_id];
        // GetChannel: a missing channel is 404. This server also answers 404 for an archived one.
        const channel = app.requireLiveChannel(param(ctx, 'channel_id'));
        const actor = ctx.auth.user;
        // Public: adding yourself needs join_public_channels in the team; adding others needs
        // manage_public_channel_members in the channel, which channel_user holds (any member may add)
        // and team_admin does not (model/role.go MakeDefaultRoles). Private: the whole request needs
        // manage_private_channel_members.
        const canAddSelf = channel.type === 'O' && hasTeamPermission(app, actor.id, channel.team_id, 'join_public_channels');
        const canAddOthers = channel.type === 'O' && hasChannelPermission(app, actor.id, channel, 'manage_public_channel_members');
        if (channel.type === 'P' && !hasChannelPermission(app, actor.id, channel, 'manage_private_channel_members')) {
            throw permissionError('manage_private_channel_members');
        }
        let lastError: AppError | null = null;
        const added: ChannelMemberRecord[] = [];
        for (const userId of userIds) {
            const existing = app.channelMember(channel.id, userId);
            const self = userId === actor.id;
            // Joining a public channel one is already in needs no permission; anything else does.
            if (channel.type === 'O' && !(self && existing !== undefined) && !(self ? canAddSelf : canAddOthers)) {
                lastError = permissionError(self ? 'join_public_channels' : 'manage_public_channel_members');
                continue;
            }
            if (existing !== undefined) {
                added.push(existing);
                continue;
            }
            try {
                added.push(addOne(channel, userId, actor));
            } catch (error) {
                if (!(error instanceof AppError)) {
                    throw error;
                }
                lastError = error;
            }
        }
        // Each user's failure is logged and skipped: the request fails only when nobody was added,
        // with the last failure.
        if (lastError !== null && added.length === 0) {
            throw lastError;
        }
        // The member alone when user_id named them; otherwise the list.
        const [first] = added;
        const single = 'user_id' in body && added.length === 1 && first?.user_id === body.user_id;
        return {status: 201, json: single && first ? wireChannelMember(first) : added.map(wireChannelMember)};
    };

    return [
        // api4/channel.go getChannelMembersByIds: a JSON array of user ids (none: 400 user_ids) and
        // read_channel on the channel; answers the members among them, and nothing for the others.
        route('POST', '/api/v4/channels/{channel_id}/members/ids', async (ctx) => {
            const parsed = memberIds.safeParse(await jsonBody(ctx));
            if (!parsed.success) {
                throw invalidParam('user_ids');
            }
            const channel = app.requireChannel(param(ctx, 'channel_id'));
            if (!app.canReadChannel(channel, ctx.auth.user.id)) {
                throw permissionError('read_channel');
            }
            return {json: parsed.data.flatMap((id) => {
                const member = app.channelMember(channel.id, id);
                return member === undefined ? [] : [wireChannelMember(member)];
            })};
        }),
        route('POST', '/api/v4/channels/{channel_id}/members', addChannelMembers),
        // api4/team.go removeTeamMember: yourself, or remove_user_from_team (team and system admins).
        // app/team.go LeaveTeam keeps the membership with DeleteAt set and takes the user out of every
        // channel of the team.
        route('DELETE', '/api/v4/teams/{team_id}/members/{user_id}', (ctx) => {
            const team = app.requireTeam(param(ctx, 'team_id'));
            const userId = userIdParam(ctx);
            if (userId !== ctx.auth.user.id && !hasTeamPermission(app, ctx.auth.user.id, team.id, 'remove_user_from_team')) {
                throw permissionError('remove_user_from_team');
            }
            const user = app.requireUser(userId);
            const member = app.store.get('team_members', memberKey(team.id, user.id));
            if (member === undefined || (member.delete_at ?? 0) > 0) {
                throw notFound('app.team.get_member.missing.app_error', 'No team member found for that user ID and team ID.');
            }
            app.store.put('team_members', memberKey(team.id, user.id), {...member, delete_at: app.now()});
            for (const channel of app.store.all('channels').filter((c) => c.team_id === team.id)) {
                if (app.channelMember(channel.id, user.id) !== undefined) {
                    app.store.remove('channel_members', memberKey(channel.id, user.id));
                }
            }
            app.publish({event: 'leave_team', data: {user_id: user.id, team_id: team.id}, broadcast: {omit_users: {}, user_id: '', channel_id: '', team_id: team.id}});
            return {json: {status: 'OK'}};
        }),
    ];
}
