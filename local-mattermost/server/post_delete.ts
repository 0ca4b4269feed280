// Deleting posts: DELETE /api/v4/posts/{id}, as server/channels/api4/post.go deletePost,
// app/post.go DeletePost and store/sqlstore/post_store.go Delete do it. Deletion is soft.
import type {LocalApp} from './app';
import {AppError, notFound, permissionError} from './errors';
import {hasChannelPermission} from './permissions';
import type {Posts} from './posts';
import type {UserRecord} from './records';
import {postDeletedEvents} from './ws_events';

export class PostDelete {
    constructor(private readonly app: LocalApp, private readonly posts: Posts) {}

    remove(user: UserRecord, postId: string): void {
        const app = this.app;
        // deletePost reads the post with GetSinglePost(includeDeleted=false): gone or deleted is a 404.
        const post = app.post(postId);
        if (post === undefined || post.delete_at !== 0) {
            throw notFound('app.post.get.app_error', 'Unable to get the post.');
        }
        const channel = app.requireChannel(post.channel_id);
        // The author needs delete_post, anyone else delete_others_posts: channel members hold the
        // first, team admins (and system admins) both (role.go).
        const permission = post.user_id === user.id ? 'delete_post' : 'delete_others_posts';
        if (!hasChannelPermission(app, user.id, channel, permission)) {
            throw permissionError(permission);
        }
        if (channel.delete_at !== 0) {
            throw new AppError(400, 'api.post.delete_post.can_not_delete_post_in_deleted.error', 'Can not delete a post in a deleted channel.');
        }
        // The event carries the post as read before the delete (delete_at still 0).
        const before = this.posts.wire(post);
        const now = app.now();
        // post_store.go Delete: `UPDATE Posts SET DeleteAt, UpdateAt, Props.deleteBy WHERE Id = ? OR
        // RootId = ?` — every row of the thread, already-deleted replies and edit-history copies
        // of replies included. Only the root is announced.
        for (const row of app.channelPosts(post.channel_id).filter((p) => p.id === post.id || p.root_id === post.id)) {
            app.savePost({...row, delete_at: now, update_at: now, props: {...row.props, deleteBy: user.id}});
        }
        for (const event of postDeletedEvents(channel, before, user.id)) {
            app.publish(event);
        }
    }
}
