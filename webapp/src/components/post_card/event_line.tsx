import React from 'react';
import {useIntl} from 'react-intl';

import {summarize} from '../../domain';
import type {OnboardEvent} from '../../domain/events';
import {logEntryFor, restorations} from '../../domain/integrity_queries';
import {describePolicy, policyBefore} from '../../domain/policy_diff';
import {cardMessages as m} from '../../i18n/messages_card';
import {useIntegrityWords} from '../rhs/use_integrity_words';
import {verdictLook} from '../shared/verdict';
import {useTeamId, useTracker} from '../shared/use_tracker';
import {useUserName} from '../shared/use_user_name';

/**
 * One event as one line, with the record's verdict on it: only an applied event gets the green
 * check; a refused, rewritten, misplaced or held one says so, with why.
 */
export function EventLine({postId, event}: {postId: string; event: OnboardEvent}): React.JSX.Element {
    const intl = useIntl();
    const view = useTracker(useTeamId());
    const name = useUserName(view);
    const {words} = useIntegrityWords(view.state, name);
    const found = logEntryFor(view.state, postId);
    const rejection = found ? view.state.verdicts[found.index] ?? null : null;
    const look = verdictLook(rejection);
    const restored = found?.entry.restoredBy ? restorations(view.state).get(postId) : undefined;
    // A policy line says what it changed (who was added to which role, which licence), not only
    // that the policy was set.
    const policy = event.type === 'policy.set' ? describePolicy(event, policyBefore(view.state, postId), {person: name, text: (text) => text, url: (url) => url}) : null;
    return (
        <div className='po-stack' style={{gap: 2}}>
            <div className='po-line'>
                <i className={look.icon} aria-hidden='true'/>
                {!look.chip && <span className='po-sr-only'>{intl.formatMessage(look.label)}</span>}
                <span className='po-text'>{policy ? policy.lead : summarize(event)}</span>
                {rejection && look.chip && <span className='po-chip'>{intl.formatMessage(look.label)}</span>}
                {rejection && (
                    <span className={rejection.code === 'on-hold' ? 'po-warn' : 'po-bad'}>
                        {rejection.code === 'on-hold' || look.chip ? rejection.message : intl.formatMessage(m.rejected, {reason: rejection.message})}
                    </span>
                )}
            </div>
            {policy !== null && policy.items.length > 0 && (
                <ul className='po-reasons po-muted'>
                    {policy.items.map((item, i) => <li key={i} className='po-text'>{item}</li>)}
                </ul>
            )}
            {restored && <span className='po-muted'>{intl.formatMessage(m.restoredCopy, {user: name(restored.by), date: words.when(restored.at)})}</span>}
        </div>
    );
}
