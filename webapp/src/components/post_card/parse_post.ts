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
