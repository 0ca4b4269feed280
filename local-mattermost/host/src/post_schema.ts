// Posts arriving over the websocket are JSON strings inside data.post; they are parsed here, once.
// The server omits empty fields (metadata, props...), so those get the client's defaults.
import {z} from 'zod';

import type {Post} from '@mattermost/types/posts';

const postSchema = z.looseObject({
    id: z.string().min(1),
    create_at: z.number(),
    update_at: z.number().default(0),
    edit_at: z.number().default(0),
    delete_at: z.number().default(0),
    is_pinned: z.boolean().default(false),
    user_id: z.string(),
    channel_id: z.string().min(1),
    root_id: z.string().default(''),
    original_id: z.string().default(''),
    message: z.string().default(''),
    type: z.string().default(''),
    props: z.record(z.string(), z.unknown()).default({}),
    hashtags: z.string().default(''),
    pending_post_id: z.string().default(''),
    reply_count: z.number().default(0),
    metadata: z.looseObject({}).default({}),
});

export function parsePostJson(json: unknown): Post | null {
    if (typeof json !== 'string') {
        return null;
    }
    let raw: unknown;
    try {
        raw = JSON.parse(json);
    } catch {
        return null;
    }
    const parsed = postSchema.safeParse(raw);

    // @mattermost/types lists only built-in post types, while the server accepts any custom_ type;
    // every other Post field has been checked above.
    return parsed.success ? (parsed.data as Post) : null;
}
