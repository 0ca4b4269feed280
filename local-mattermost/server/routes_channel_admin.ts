// Channel routes that change a channel's life: patch (rename), archive, restore, and the list of
// archived channels (server/channels/api4/channel.go).
import {z} from 'zod';

import type {LocalApp} from './app';
import type {ChannelChanges} from './channel_changes';
import {channelView} from './channel_view';
import {permissionError} from './errors';
import {ok, param, readJson, route, type Route} from './http';
import {hasTeamPermission} from './permissions';

// model.ChannelPatch: pointers, so a missing (or null) field is left as it was.
const channelPatch = z.object({
    name: z.string().nullish(),
    display_name: z.string().nullish(),
    header: z.string().nullish(),
    purpose: z.string().nullish(),
});

export function channelAdminRoutes(app: LocalApp, changes: ChannelChanges): Route[] {
    return [
        route('PUT', '/api/v4/channels/{channel_id}/patch', async (ctx) => {
            const body = await readJson(ctx, channelPatch, 'channel');
            return {json: changes.patch(ctx.auth.user, param(ctx, 'channel_id'), {
                name: body.name ?? undefined, display_name: body.display_name ?? undefined,
                header: body.header ?? undefined, purpose: body.purpose ?? undefined,
            })};
        }),
        route('DELETE', '/api/v4/channels/{channel_id}', (ctx) => {
            changes.archive(ctx.auth.user, param(ctx, 'channel_id'));
            return {json: ok};
        }),
        route('POST', '/api/v4/channels/{channel_id}/restore', (ctx) => ({json: changes.restore(ctx.auth.user, param(ctx, 'channel_id'))})),
        // getDeletedChannelsForTeam needs list_team_channels; SqlChannelStore.GetDeleted lists the
        // team's archived public channels and the archived private ones the user is a member of,
        // by display name.
        route('GET', '/api/v4/teams/{team_id}/channels/deleted', (ctx) => {
            const teamId = param(ctx, 'team_id');
            const userId = ctx.auth.user.id;
            if (!hasTeamPermission(app, userId, teamId, 'list_team_channels')) {
                throw permissionError('list_team_channels');
            }
            const page = Number(ctx.url.searchParams.get('page') ?? '0') || 0;
            const perPage = Math.min(Number(ctx.url.searchParams.get('per_page') ?? '60') || 60, 200);
            const archived = app.store.all('channels')
                .filter((c) => c.team_id === teamId && c.delete_at !== 0 && (c.type !== 'P' || app.isChannelMember(c.id, userId)))
                .sort((a, b) => a.display_name.localeCompare(b.display_name));
            return {json: archived.slice(page * perPage, (page + 1) * perPage).map((c) => channelView(app, c))};
        }),
    ];
}
