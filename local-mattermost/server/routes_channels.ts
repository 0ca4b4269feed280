// Teams, channels and memberships.
import {z} from 'zod';

import {memberKey, type LocalApp} from './app';
import {checkChannel} from './channel_rules';
import {channelView} from './channel_view';
import {AppError, notFound, permissionError} from './errors';
import {param, readJson, route, type AuthedCtx, type Route} from './http';
import {newId} from './ids';
import {hasChannelPermission, hasTeamPermission} from './permissions';
import type {ChannelRecord} from './records';
import {ownUserIdParam, userIdParam} from './routes_users';
import {wireChannelMember, wireTeam} from './wire';
import {channelCreatedEvent} from './ws_events';

const newChannel = z.object({
    team_id: z.string(),
    name: z.string(),
    display_name: z.string(),
    type: z.enum(['O', 'P']),
    purpose: z.string().optional(),
    header: z.string().optional(),
});

export function channelRoutes(app: LocalApp): Route[] {
    const wire = (channel: ChannelRecord) => channelView(app, channel);
    const viewTeam = (ctx: AuthedCtx, teamId: string) => {
        const team = app.requireTeam(teamId);
        if (!app.isTeamMember(team.id, ctx.auth.user.id) && !app.isSystemAdmin(ctx.auth.user.id)) {
            throw permissionError('view_team');
        }
        return team;
    };
    const readable = (ctx: AuthedCtx, channelId: string): ChannelRecord => {
        const channel = app.requireChannel(channelId);
        if (!app.canReadChannel(channel, ctx.auth.user.id)) {
            throw permissionError('read_channel');
        }
        return channel;
    };

    return [
        route('GET', '/api/v4/teams/name/{name}', (ctx) => {
            const team = app.store.all('teams').find((t) => t.name === param(ctx, 'name'));
            if (team === undefined) {
                throw notFound('app.team.get_by_name.missing.app_error', 'Unable to find the existing team.');
            }
            return {json: wireTeam(viewTeam(ctx, team.id))};
        }),
        route('GET', '/api/v4/teams/{team_id}', (ctx) => ({json: wireTeam(viewTeam(ctx, param(ctx, 'team_id')))})),
        route('GET', '/api/v4/teams/{team_id}/channels', (ctx) => {
            const team = viewTeam(ctx, param(ctx, 'team_id'));
            const page = Number(ctx.url.searchParams.get('page') ?? '0') || 0;
            const perPage = Math.min(Number(ctx.url.searchParams.get('per_page') ?? '60') || 60, 200);
            const open = app.store.all('channels')
                .filter((c) => c.team_id === team.id && c.type === 'O' && c.delete_at === 0)
                .sort((a, b) => a.display_name.localeCompare(b.display_name));
            return {json: open.slice(page * perPage, (page + 1) * perPage).map(wire)};
        }),
        // getChannelByName: archived channels are found only with include_deleted; a public one
        // needs read_public_channel in the team (or read_channel in it); a private one the user
        // cannot read is reported missing, not forbidden, unless they hold manage_team (team admins).
        route('GET', '/api/v4/teams/{team_id}/channels/name/{name}', (ctx) => {
            const teamId = param(ctx, 'team_id');
            const userId = ctx.auth.user.id;
            const includeDeleted = ['1', 't', 'T', 'true', 'TRUE', 'True'].includes(ctx.url.searchParams.get('include_deleted') ?? '');
            const channel = app.store.all('channels').find((c) => c.team_id === teamId && c.name === param(ctx, 'name') && (includeDeleted || c.delete_at === 0));
            if (channel === undefined) {
                throw notFound('app.channel.get_by_name.missing.app_error', 'Channel does not exist.');
            }
            if (channel.type === 'O') {
                if (!hasTeamPermission(app, userId, teamId, 'read_public_channel') && !hasChannelPermission(app, userId, channel, 'read_channel')) {
                    throw permissionError('read_public_channel');
                }
            } else if (!hasTeamPermission(app, userId, teamId, 'manage_team') && !hasChannelPermission(app, userId, channel, 'read_channel')) {
                throw notFound('app.channel.get_by_name.missing.app_error', 'Channel does not exist.');
            }
            return {json: wire(channel)};
        }),
        route('GET', '/api/v4/users/{user_id}/teams/{team_id}/channels', (ctx) => {
            const userId = ownUserIdParam(app, ctx);
            const teamId = param(ctx, 'team_id');
            const mine = app.store.all('channels').filter((c) => c.team_id === teamId && c.delete_at === 0 && app.isChannelMember(c.id, userId));
            return {json: mine.map(wire)};
        }),
        route('GET', '/api/v4/users/{user_id}/teams/{team_id}/channels/members', (ctx) => {
            const userId = ownUserIdParam(app, ctx);
            const teamId = param(ctx, 'team_id');
            const members = app.store.all('channel_members').filter((m) => m.user_id === userId && app.channel(m.channel_id)?.team_id === teamId);
            return {json: members.map(wireChannelMember)};
        }),
        route('POST', '/api/v4/channels', async (ctx) => {
            const body = await readJson(ctx, newChannel, 'channel');
            const user = ctx.auth.user;
            if (!app.isTeamMember(body.team_id, user.id) && !app.isSystemAdmin(user.id)) {
                throw permissionError(body.type === 'O' ? 'create_public_channel' : 'create_private_channel');
            }
            app.requireTeam(body.team_id);
            checkChannel({name: body.name, display_name: body.display_name, header: body.header ?? '', purpose: body.purpose ?? ''});
            // SqlChannelStore.saveChannelT: any channel of the team holding the name, archived ones
            // included, makes the save a conflict.
            if (app.store.all('channels').some((c) => c.team_id === body.team_id && c.name === body.name)) {
                throw new AppError(400, 'store.sql_channel.save_channel.exists.app_error', 'A channel with that name already exists on the same team.');
            }
            const now = app.now();
            const channel: ChannelRecord = {
                id: newId(), team_id: body.team_id, type: body.type, name: body.name, display_name: body.display_name,
                purpose: body.purpose ?? '', header: body.header ?? '', creator_id: user.id,
                create_at: now, update_at: now, delete_at: 0, last_post_at: now, last_root_post_at: now,
            };
            app.store.put('channels', channel.id, channel);
            app.store.put('channel_members', memberKey(channel.id, user.id), {channel_id: channel.id, user_id: user.id, scheme_admin: true, last_update_at: now});
            app.publish(channelCreatedEvent(channel, user.id));
            return {status: 201, json: wire(channel)};
        }),
        route('GET', '/api/v4/channels/{channel_id}', (ctx) => ({json: wire(readable(ctx, param(ctx, 'channel_id')))})),
        route('GET', '/api/v4/channels/{channel_id}/members', (ctx) => {
            const channel = readable(ctx, param(ctx, 'channel_id'));
            const page = Number(ctx.url.searchParams.get('page') ?? '0') || 0;
            const perPage = Math.min(Number(ctx.url.searchParams.get('per_page') ?? '60') || 60, 200);
            const members = app.store.all('channel_members').filter((m) => m.channel_id === channel.id);
            return {json: members.slice(page * perPage, (page + 1) * perPage).map(wireChannelMember)};
        }),
        route('GET', '/api/v4/channels/{channel_id}/members/{user_id}', (ctx) => {
            const channel = readable(ctx, param(ctx, 'channel_id'));
            const member = app.channelMember(channel.id, userIdParam(ctx));
            if (member === undefined) {
                throw notFound('app.channel.get_member.missing.app_error', 'No channel member found for that user ID and channel ID.');
            }
            return {json: wireChannelMember(member)};
        }),
    ];
}
