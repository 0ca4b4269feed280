// Editing posts: PUT /api/v4/posts/{id} (the whole post) and PUT /api/v4/posts/{id}/patch (the
// fields sent), as server/channels/api4/post.go updatePost/patchPost, app/post.go UpdatePost and
// store/sqlstore/post_store.go Update do it.
import type {LocalApp} from './app';
import {AppError, invalidParam, permissionError} from './errors';
import {newId} from './ids';
import {hasChannelPermission} from './permissions';
import {checkValid, sanitizeProps, type Posts} from './posts';
import type {PostRecord, UserRecord} from './records';
import type {WirePost} from './wire';
import {postEditedEvent} from './ws_events';

export interface PostPatch {
    message?: string | undefined;
    props?: Record<string, unknown> | undefined;
    is_pinned?: boolean | undefined;
}

// PUT sends the whole post: what it leaves out is cleared (Go's zero values), not kept.
export interface PostUpdate {
    id: string;
    message: string;
    props: Record<string, unknown>;
    is_pinned: boolean;
}

export class PostEdits {
    constructor(private readonly app: LocalApp, private readonly posts: Posts) {}

    // api4/post.go postPatchChecks: a missing or deleted post is refused as edit_post (403, not
    // 404); the author needs edit_post, anyone else edit_others_posts, which the default roles give
    // to system admins only (role.go: team_admin does not hold it).
    patch(user: UserRecord, postId: string, patch: PostPatch): WirePost {
        const old = this.livePost(postId);
        this.requireChannelPermission(user, old, old.user_id === user.id ? 'edit_post' : 'edit_others_posts');
        const next: PostRecord = {
            ...old,
            message: patch.message ?? old.message,
            props: patch.props ?? old.props,
            is_pinned: patch.is_pinned ?? old.is_pinned,
        };
        return this.save(old, next, 'api.post.patch_post.can_not_update_post_in_deleted.error');
    }

    // api4/post.go updatePost: the body's id must be the URL's; everyone needs edit_post in the
    // channel, and someone else's post also edit_others_posts.
    update(user: UserRecord, postId: string, body: PostUpdate): WirePost {
        if (body.id !== postId) {
            throw invalidParam('id');
        }
        const old = this.livePost(postId);
        this.requireChannelPermission(user, old, 'edit_post');
        if (old.user_id !== user.id) {
            this.requireChannelPermission(user, old, 'edit_others_posts');
        }
        const next: PostRecord = {...old, message: body.message, props: body.props, is_pinned: body.is_pinned};
        return this.save(old, next, 'api.post.update_post.can_not_update_post_in_deleted.error');
    }

    private livePost(postId: string): PostRecord {
        const post = this.app.post(postId);
        if (post === undefined || post.delete_at !== 0) {
            throw permissionError('edit_post');
        }
        return post;
    }

    private requireChannelPermission(user: UserRecord, post: PostRecord, permission: 'edit_post' | 'edit_others_posts'): void {
        const channel = this.app.channel(post.channel_id);
        if (channel === undefined || !hasChannelPermission(this.app, user.id, channel, permission)) {
            throw permissionError(permission);
        }
    }

    // PostEditTimeLimit (which would refuse message changes only) is not modelled: its default,
    // -1, means no limit.
    private save(old: PostRecord, next: PostRecord, archivedErrorId: string): WirePost {
        const app = this.app;
        // app/post.go UpdatePost: system messages cannot be edited; an archived channel takes no edits.
        if (old.type.startsWith('system_')) {
            throw new AppError(400, 'api.post.update_post.system_message.app_error', 'Unable to update system message.');
        }
        const channel = app.requireChannel(old.channel_id);
        if (channel.delete_at !== 0) {
            throw new AppError(400, archivedErrorId, 'Can not update a post in a deleted channel.');
        }
        const props = sanitizeProps(next.props);
        checkValid(next.message, next.type, props);
        const now = app.now();
        // UpdatePost sets EditAt only when the message changes (or files and attachments, which
        // this server does not have); props and pinning change silently. The store's Update moves
        // UpdateAt every time.
        const edited: PostRecord = {...next, props, edit_at: next.message !== old.message ? now : old.edit_at, update_at: now};
        // post_store.go Update keeps the old version as a new, deleted row pointing at the post.
        const history: PostRecord = {...old, id: newId(), original_id: old.id, delete_at: now, update_at: now};
        app.savePost(edited);
        app.savePost(history);
        // ...and moves the channel's LastPostAt and, for a reply, its root's UpdateAt forward.
        if (channel.last_post_at < now) {
            app.store.put('channels', channel.id, {...channel, last_post_at: now});
        }
        const root = edited.root_id === '' ? undefined : app.post(edited.root_id);
        if (root !== undefined && root.update_at < now) {
            app.savePost({...root, update_at: now});
        }
        const wire = this.posts.wire(edited);
        app.publish(postEditedEvent(channel, wire));
        return wire;
    }
}
