// The current channel's posts, read from mattermost-redux's posts state, oldest first.
//
// Like the webapp's post list (webapp/channels/src/components/post_view/post_list_virtualized:
// it opens a channel at its newest post and stays there while the reader is at the bottom), the
// list opens at the bottom and keeps the newest post in view as posts arrive or grow (a plugin's
// card renders after its chunk loads, so it grows after the first layout), until the reader
// scrolls up.
import React, {useEffect, useLayoutEffect, useRef} from 'react';
import {useSelector} from 'react-redux';

import {getCurrentChannelId} from 'mattermost-redux/selectors/entities/channels';
import {getPostsInCurrentChannel} from 'mattermost-redux/selectors/entities/posts';

import type {HostState} from '../store/configure';

import PostItem from './post_item';

/** How close to the bottom (px) still counts as reading the newest post. */
const AT_BOTTOM = 4;

export default function PostList() {
    const posts = useSelector((state: HostState) => getPostsInCurrentChannel(state));
    const channelId = useSelector((state: HostState) => getCurrentChannelId(state));
    const list = useRef<HTMLDivElement>(null);
    const pinned = useRef(true);
    const lastTop = useRef(0);
    const ordered = posts ? [...posts].reverse() : [];
    const newestId = ordered[ordered.length - 1]?.id;

    const toBottom = () => {
        const el = list.current;
        if (el) {
            el.scrollTop = el.scrollHeight;
        }
    };

    // A channel opens at its newest post.
    useLayoutEffect(() => {
        pinned.current = true;
        toBottom();
    }, [channelId]);

    useLayoutEffect(() => {
        if (pinned.current) {
            toBottom();
        }
    }, [newestId, ordered.length]);

    // Posts that grow after they are laid out (cards, images) keep the bottom in view while pinned.
    // One observer per channel, told about each post once: observing every post again on each new
    // one would report every post's size again, and lay the whole channel out, once per post.
    const resizes = useRef<{observer: ResizeObserver; seen: WeakSet<Element>} | null>(null);
    useEffect(() => {
        const el = list.current;
        if (!el || typeof ResizeObserver === 'undefined') {
            return undefined;
        }
        const observer = new ResizeObserver(() => {
            if (pinned.current) {
                toBottom();
            }
        });
        observer.observe(el);
        resizes.current = {observer, seen: new WeakSet()};
        return () => {
            observer.disconnect();
            resizes.current = null;
        };
    }, [channelId]);
    useEffect(() => {
        const el = list.current;
        const watching = resizes.current;
        if (!el || !watching) {
            return;
        }
        for (const child of Array.from(el.children)) {
            if (!watching.seen.has(child)) {
                watching.seen.add(child);
                watching.observer.observe(child);
            }
        }
    }, [channelId, ordered.length]);

    return (
        <div
            id='postListContent'
            ref={list}
            className='post-list'
            role='log'
            aria-live='polite'
            onScroll={(e) => {
                // Only the reader scrolling up unpins: the browser's scroll anchoring also scrolls
                // (down) while posts above grow, which must not count as leaving the bottom.
                const el = e.currentTarget;
                if (el.scrollHeight - el.scrollTop - el.clientHeight <= AT_BOTTOM) {
                    pinned.current = true;
                } else if (el.scrollTop < lastTop.current) {
                    pinned.current = false;
                }
                lastTop.current = el.scrollTop;
            }}
        >
            {ordered.length === 0 && <div className='post-list__empty'>{'No messages yet.'}</div>}
            {ordered.map((p) => (
                <PostItem
                    key={p.id}
                    post={p}
                />
            ))}
        </div>
    );
}
