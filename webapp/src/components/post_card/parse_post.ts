// The post as the webapp hands it to a post type component: untrusted, parsed once here.
import {z} from 'zod/mini';

import {EVENT_PROP, OnboardEvent} from '../../domain/events';

const PostShape = z.object({
    id: z.string(),
    message: z.optional(z.string()),
    props: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
});

export type ParsedPost =
    | {kind: 'event'; postId: string; message: string; event: OnboardEvent}
    | {kind: 'unreadable'; postId: string; message: string};

export function parsePost(post: unknown): ParsedPost {
    const shape = PostShape.safeParse(post);
    if (!shape.success) {
        return {kind: 'unreadable', postId: '', message: ''};
    }
    const {id, message = '', props} = shape.data;
    const event = OnboardEvent.safeParse(props?.[EVENT_PROP]);
    if (!event.success) {
        return {kind: 'unreadable', postId: id, message};
    }
    return {kind: 'event', postId: id, message, event: event.data};
}

const PlaceShape = z.object({channel_id: z.optional(z.string()), type: z.optional(z.string())});

/**
 * Where a post is and its own type, whatever its props claim. The webapp picks the component by
 * post.props.type when that is a string, else by post.type, so any post in any channel can reach
 * the plugin's card: only these say whether it is one of the tracker's.
 */
export function postPlace(post: unknown): {channelId: string; type: string} {
    const shape = PlaceShape.safeParse(post);
    return shape.success ? {channelId: shape.data.channel_id ?? '', type: shape.data.type ?? ''} : {channelId: '', type: ''};
}
