// Renders the plugin's posts (type custom_plugin_onboard) in the channel: a registration as a live
// progress card, any other event as one line. The post's props are untrusted until parsed.
import React from 'react';

import {useStyles} from '../shared/styles';

import {EventLine} from './event_line';
import {parsePost} from './parse_post';
import {RegistrationCard} from './registration_card';
import {UnreadablePost} from './unreadable_post';

export function PostCard({post}: {post: unknown}): React.JSX.Element {
    useStyles();
    const parsed = parsePost(post);
    if (parsed.kind === 'unreadable') {
        return <UnreadablePost message={parsed.message}/>;
    }
    if (parsed.event.type === 'plugin.registered') {
        return <RegistrationCard postId={parsed.postId} event={parsed.event}/>;
    }
    return <EventLine postId={parsed.postId} event={parsed.event}/>;
}
