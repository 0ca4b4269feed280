// Replies to the slash command are ephemeral posts: only the user sees them, like a server-side
// command response. The webapp renders what lands in its posts reducer, so we hand it a post the
// same way mattermost-redux's receivedNewPost does (without importing mattermost-redux's actions).
import type {Post} from '@mattermost/types/posts';

import type {HostStore} from './registry';

const EPHEMERAL_TYPE = 'system_ephemeral';

export function ephemeralPost(fields: {userId: string; channelId: string; rootId: string; message: string; now: number; id: string}): Post {
    return {
        id: fields.id,
        create_at: fields.now,
        update_at: fields.now,
        edit_at: 0,
        delete_at: 0,
        is_pinned: false,
        user_id: fields.userId,
        channel_id: fields.channelId,
        root_id: fields.rootId,
        original_id: '',
        message: fields.message,
        type: EPHEMERAL_TYPE,
        props: {},
        hashtags: '',
        pending_post_id: '',
        reply_count: 0,
        metadata: {embeds: [], emojis: [], files: [], images: {}},
    };
}

export function showEphemeral(store: HostStore<unknown>, post: Post): void {
    store.dispatch({type: 'RECEIVED_NEW_POST', data: post, features: {crtEnabled: false}});
}

/** A Mattermost-shaped id (26 lowercase base32 characters) for a post that exists only in this browser. */
export function newPostId(): string {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
    const bytes = crypto.getRandomValues(new Uint8Array(26));
    return Array.from(bytes, (byte) => alphabet[byte % 32]).join('');
}
