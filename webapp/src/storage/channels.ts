// Mattermost's channel shape, parsed once at the boundary, and the websocket events that say a
// channel was renamed, archived or unarchived. Shared by the Mattermost adapter and the session's
// live path (channel_updated carries the channel as a JSON string of the same shape).
import {z} from 'zod/mini';

import type {TrackerChannel} from './port';

/** model.Channel as the API sends it; purpose and creator_id are always there on a real server, but default safely. */
export const ChannelSchema = z.object({
    id: z.string().check(z.minLength(1)),
    team_id: z.string(),
    name: z.string(),
    display_name: z.string(),
    type: z.string(),
    purpose: z.optional(z.string()),
    creator_id: z.optional(z.string()),
    delete_at: z.optional(z.number()),
    /**
     * Posts made in the channel as the server counts them (store/sqlstore/channel_store.go keeps
     * TotalMsgCount as posts are saved). A hint for how many pages to read at once, never trusted
     * to be exact: the reader stops at the first short page whatever it says.
     */
    total_msg_count: z.optional(z.number()),
});
export type Channel = z.infer<typeof ChannelSchema>;

export const ChannelListSchema = z.array(ChannelSchema);

export function toTrackerChannel(channel: Channel): TrackerChannel {
    return {
        id: channel.id, teamId: channel.team_id, name: channel.name, displayName: channel.display_name,
        isPublic: channel.type === 'O', creatorId: channel.creator_id ?? '', purpose: channel.purpose ?? '', deleteAt: channel.delete_at ?? 0,
    };
}

/** What a channel event says about one channel. */
export type ChannelChange =
    | {readonly kind: 'updated'; readonly channel: TrackerChannel}
    | {readonly kind: 'archived'; readonly channelId: string; readonly at: number}
    | {readonly kind: 'restored'; readonly channelId: string};

/** The channel events the tracker follows; plugin.ts registers a handler for each of these names. */
export const CHANNEL_EVENTS = ['channel_updated', 'channel_deleted', 'channel_restored'] as const;

// app/channel.go: UpdateChannel sends the whole channel as JSON text; DeleteChannel the id and
// delete_at; RestoreChannel the id alone.
const UpdatedData = z.object({channel: z.string()});
const DeletedData = z.object({channel_id: z.string().check(z.minLength(1)), delete_at: z.number()});
const RestoredData = z.object({channel_id: z.string().check(z.minLength(1))});

export function channelChangeOf(event: string, data: unknown): ChannelChange | null {
    switch (event) {
    case 'channel_updated': {
        const wrapper = UpdatedData.safeParse(data);
        if (!wrapper.success) {
            return null;
        }
        let json: unknown;
        try {
            json = JSON.parse(wrapper.data.channel);
        } catch {
            return null;
        }
        const channel = ChannelSchema.safeParse(json);
        return channel.success ? {kind: 'updated', channel: toTrackerChannel(channel.data)} : null;
    }
    case 'channel_deleted': {
        const parsed = DeletedData.safeParse(data);
        return parsed.success ? {kind: 'archived', channelId: parsed.data.channel_id, at: parsed.data.delete_at} : null;
    }
    case 'channel_restored': {
        const parsed = RestoredData.safeParse(data);
        return parsed.success ? {kind: 'restored', channelId: parsed.data.channel_id} : null;
    }
    default:
        return null;
    }
}
