// Renders the plugin's posts (type custom_plugin_onboard) in the channel: a registration as a live
// progress card, any other event as one line. The webapp hands this component any post whose
// props.type names the plugin's type, in any channel, so a post renders as the tracker's only when
// it really is one: of the plugin's type, in this team's tracker channel, and in the folded record.
// What it shows comes from the record, not from the post's (untrusted, rewritable) props.
import React, {useEffect, useState} from 'react';
import {useIntl} from 'react-intl';

import {POST_TYPE} from '../../domain/events';
import {unsealedText} from '../../domain/seal';
import {cardMessages as m} from '../../i18n/messages_card';
import {useSession} from '../shared/app_context';
import {Skeleton} from '../shared/skeleton';
import {useStyles} from '../shared/styles';
import {useTeamId} from '../shared/use_tracker';

import {usePostPart} from './use_parts';

import {EventLine} from './event_line';
import {ImpostorLine} from './impostor_line';
import {parsePost, postPlace} from './parse_post';
import {RegistrationCard} from './registration_card';
import {UnreadablePost} from './unreadable_post';

/**
 * Memoised on the post: the webapp renders a channel's posts again for reasons of its own (a new
 * post, a profile loaded), and a card that did not change must cost nothing then. What the card
 * shows of the record comes through per-post and per-plugin selectors (use_tracker.ts), which
 * re-render it when its own part of the record changes.
 */
export const PostCard = React.memo(function PostCard({post}: {post: unknown}): React.JSX.Element {
    useStyles();
    const parsed = parsePost(post);
    const place = postPlace(post);
    // props.type can be set on any post; only the post's own type is the plugin's mark.
    if (place.type !== POST_TYPE) {
        return <ImpostorLine message={parsed.message}/>;
    }
    return <TrackerPost postId={parsed.postId} channelId={place.channelId} message={parsed.message}/>;
}, (before, after) => before.post === after.post);

function TrackerPost({postId, channelId, message}: {postId: string; channelId: string; message: string}): React.JSX.Element {
    const intl = useIntl();
    const teamId = useTeamId();
    const session = useSession();
    const part = usePostPart(teamId, channelId, postId);
    const [caughtUp, setCaughtUp] = useState(false);
    const missing = part.inTracker && part.entry === null;
    useEffect(() => {
        // A post can reach the channel before the record has read it (the websocket and the view
        // race, and live events are folded once per frame): once what has arrived is folded, read
        // once more before calling it an imitation. A post the fold takes in meanwhile reads nothing.
        if (!missing || caughtUp) {
            return undefined;
        }
        let current = true;
        void session.settled().then(() => (current ? session.refresh(teamId) : undefined)).finally(() => {
            if (current) {
                setCaughtUp(true);
            }
        });
        return () => {
            current = false;
        };
    }, [missing, caughtUp, session, teamId]);
    if (part.status === 'idle' || part.status === 'loading' || (missing && !caughtUp)) {
        return (
            <div className='po-card'>
                <Skeleton label={intl.formatMessage(m.loading)} blocks={1}/>
            </div>
        );
    }
    if (part.status === 'error') {
        // Nothing can be judged without the record: the post's text, as text, and no verdict.
        return <span className='po-text'>{unsealedText(message)}</span>;
    }
    if (!part.entry) {
        return <ImpostorLine message={message}/>;
    }
    const event = part.entry.event;
    if (!event) {
        return <UnreadablePost message={message}/>;
    }
    if (event.type === 'plugin.registered') {
        return <RegistrationCard postId={postId} event={event} part={part}/>;
    }
    return <EventLine postId={postId} event={event} part={part}/>;
}
