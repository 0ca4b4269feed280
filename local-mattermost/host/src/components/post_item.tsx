// One post in the center channel. A post whose renderer type (props.type, else type: see
// post_renderer.ts) a plugin registered renders with that component (props as the webapp's
// PostMessageView passes them); anything else shows its message as the webapp formats it (Markdown,
// raw HTML as text: see markdown.ts). Ephemeral posts are marked "(Only visible to you)".
import React, {useMemo} from 'react';
import {useSelector} from 'react-redux';

import {getTheme} from 'mattermost-redux/selectors/entities/preferences';
import {getCurrentUser} from 'mattermost-redux/selectors/entities/users';

import type {Post} from '@mattermost/types/posts';

import {MarkdownMessage} from '../markdown';
import {registeredRenderer} from '../post_renderer';
import type {HostState} from '../store/configure';

import PluginErrorBoundary from './error_boundary';

const EPHEMERAL = 'system_ephemeral';

function timeOf(post: Post): string {
    return new Date(post.create_at).toLocaleTimeString([], {hour: '2-digit', minute: '2-digit'});
}

/**
 * Memoised on its post, as the webapp's rows are (webapp/channels/src/components/post_view/
 * post_list_row/index.ts wraps PostListRow in react-redux's connect, which renders a row again only
 * when its props change): a new post in the channel does not render every other post again.
 */
const PostItem = React.memo(function PostItem({post}: {post: Post}) {
    const theme = useSelector((state: HostState) => getTheme(state));
    const author = useSelector((state: HostState) => state.entities.users.profiles[post.user_id]);
    const registered = useSelector((state: HostState) => registeredRenderer(state.plugins.postTypes, post));
    const currentUsername = useSelector((state: HostState) => getCurrentUser(state)?.username ?? '');
    const rendered = useMemo(() => <MarkdownMessage message={post.message} context={{currentUsername}}/>, [post.message, currentUsername]);
    const isEphemeral = post.type === EPHEMERAL;
    const isSystem = post.type.startsWith('system_');
    const deleted = post.state === 'DELETED' || post.delete_at > 0;

    let body: React.ReactNode;
    if (deleted) {
        body = <p className='post-message__text post-message--deleted'>{'(message deleted)'}</p>;
    } else if (registered) {
        const Component = registered.component;
        body = (
            <PluginErrorBoundary
                pluginId={registered.pluginId}
                where={`post type ${registered.type}`}
            >
                <Component
                    post={post}
                    theme={theme}
                    compactDisplay={false}
                    isRHS={false}
                />
            </PluginErrorBoundary>
        );
    } else {
        body = <div className='post-message__text post-message__markdown'>{rendered}</div>;
    }

    const name = isSystem && !author ? 'System' : author?.username ?? post.user_id;

    return (
        <div
            id={`post_${post.id}`}
            className={['post', post.root_id ? 'post--comment' : '', isEphemeral ? 'post--ephemeral' : '', isSystem ? 'post--system' : ''].filter(Boolean).join(' ')}
            data-post-type={post.type}
            data-testid='postView'
        >
            <div
                className='post__avatar'
                aria-hidden='true'
            >
                {name.slice(0, 1).toUpperCase()}
            </div>
            <div className='post__content'>
                <div className='post__header'>
                    <span className='post__username'>{name}</span>
                    <time className='post__time'>{timeOf(post)}</time>
                    {isEphemeral && <span className='post__visibility'>{'(Only visible to you)'}</span>}
                    {post.root_id && <span className='post__reply-marker'><i className='icon icon-reply-outline'/>{'reply'}</span>}
                </div>
                <div className='post__body'>{body}</div>
            </div>
        </div>
    );
});

export default PostItem;
