import React from 'react';
import {useIntl} from 'react-intl';

import {summarize} from '../../domain';
import type {EventOf, OnboardEvent} from '../../domain/events';
import type {Restoration} from '../../domain/integrity_queries';
import {describePolicy, policyBefore} from '../../domain/policy_diff';
import {cardMessages as m} from '../../i18n/messages_card';
import type {PostPart} from '../../state/part_selectors';
import {formatWhen} from '../shared/relative_time';
import {verdictLook} from '../shared/verdict';
import {useTeamId, useTracker} from '../shared/use_tracker';
import {useUserName} from '../shared/use_user_name';

import {useTrackerUsers} from './use_parts';

/**
 * One event as one line, with the record's verdict on it: only an applied event gets the green
 * check; a refused, rewritten, misplaced or held one says so, with why. It reads only its own post's
 * part of the record (PostCard's selector), so other events leave it alone.
 */
export function EventLine({postId, event, part}: {postId: string; event: OnboardEvent; part: Pick<PostPart, 'rejection' | 'restored'>}): React.JSX.Element {
    const intl = useIntl();
    const rejection = part.rejection;
    const look = verdictLook(rejection);
    return (
        <div className='po-stack' style={{gap: 2}}>
            {event.type === 'policy.set' ? <PolicyLines postId={postId} event={event} look={look} rejection={rejection}/> : (
                <div className='po-line'>
                    <i className={look.icon} aria-hidden='true'/>
                    {!look.chip && <span className='po-sr-only'>{intl.formatMessage(look.label)}</span>}
                    <span className='po-text'>{summarize(event)}</span>
                    <Verdict look={look} rejection={rejection}/>
                </div>
            )}
            <ReasonList rejection={rejection}/>
            {part.restored && <RestoredLine restored={part.restored}/>}
        </div>
    );
}

type Look = ReturnType<typeof verdictLook>;

function Verdict({look, rejection}: {look: Look; rejection: PostPart['rejection']}): React.JSX.Element | null {
    const intl = useIntl();
    if (!rejection) {
        return null;
    }
    // A refusal that lists things says its first line here; the list follows under the line.
    const reason = rejection.list?.lead ?? rejection.message;
    return (
        <>
            {look.chip && <span className='po-chip'>{intl.formatMessage(look.label)}</span>}
            <span className={rejection.code === 'on-hold' ? 'po-warn' : 'po-bad'}>
                {rejection.code === 'on-hold' || look.chip ? reason : intl.formatMessage(m.rejected, {reason})}
            </span>
        </>
    );
}

/** What a refusal lists (what a gate still needed), as a real list under its line. */
function ReasonList({rejection}: {rejection: PostPart['rejection']}): React.JSX.Element | null {
    const list = rejection?.list;
    return list === undefined ? null : (
        <ul className='po-reasons'>
            {list.items.map((item, i) => <li key={i} className='po-text'>{item}</li>)}
        </ul>
    );
}

/**
 * A policy line says what it changed (who was added to which role, which licence), not only that the
 * policy was set: it reads the policy before it, so it follows the whole record (policies are rare).
 */
function PolicyLines({postId, event, look, rejection}: {postId: string; event: EventOf<'policy.set'>; look: Look; rejection: PostPart['rejection']}): React.JSX.Element {
    const intl = useIntl();
    const view = useTracker(useTeamId());
    const name = useUserName(view);
    const policy = describePolicy(event, policyBefore(view.state, postId), {person: name, text: (text) => text, url: (url) => url});
    return (
        <>
            <div className='po-line'>
                <i className={look.icon} aria-hidden='true'/>
                {!look.chip && <span className='po-sr-only'>{intl.formatMessage(look.label)}</span>}
                <span className='po-text'>{policy.lead}</span>
                <Verdict look={look} rejection={rejection}/>
            </div>
            {policy.items.length > 0 && (
                <ul className='po-reasons po-muted'>
                    {policy.items.map((item, i) => <li key={i} className='po-text'>{item}</li>)}
                </ul>
            )}
        </>
    );
}

function RestoredLine({restored}: {restored: Restoration}): React.JSX.Element {
    const intl = useIntl();
    const name = useUserName({users: useTrackerUsers(useTeamId())});
    return <span className='po-muted'>{intl.formatMessage(m.restoredCopy, {user: name(restored.by), date: formatWhen(intl, restored.at)})}</span>;
}
