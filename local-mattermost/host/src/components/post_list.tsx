// The current channel's posts, read from mattermost-redux's posts state, oldest first.
import React, {useEffect, useRef} from 'react';
import {useSelector} from 'react-redux';

import {getPostsInCurrentChannel} from 'mattermost-redux/selectors/entities/posts';

import type {HostState} from '../store/configure';

import PostItem from './post_item';

export default function PostList() {
    const posts = useSelector((state: HostState) => getPostsInCurrentChannel(state));
    const bottom = useRef<HTMLDivElement>(null);
    const ordered = posts ? [...posts].reverse() : [];
    const newestId = ordered[ordered.length - 1]?.id;

    useEffect(() => {
        bottom.current?.scrollIntoView({block: 'end'});
    }, [newestId]);

    return (
        <div
            id='postListContent'
            className='post-list'
            role='log'
            aria-live='polite'
        >
            {ordered.length === 0 && <div className='post-list__empty'>{'No messages yet.'}</div>}
            {ordered.map((p) => (
                <PostItem
                    key={p.id}
                    post={p}
                />
            ))}
            <div ref={bottom}/>
        </div>
    );
}
