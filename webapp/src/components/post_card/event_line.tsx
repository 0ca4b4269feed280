import React from 'react';
import {useIntl} from 'react-intl';

import {historyEntryFor, summarize} from '../../domain';
import type {OnboardEvent} from '../../domain/events';
import {cardMessages as m} from '../../i18n/messages_card';
import {useTeamId, useTracker} from '../shared/use_tracker';

/** One event as one line; marked when the fold refused it, with why. */
export function EventLine({postId, event}: {postId: string; event: OnboardEvent}): React.JSX.Element {
    const intl = useIntl();
    const teamId = useTeamId();
    const view = useTracker(teamId);
    const rejection = historyEntryFor(view.state, postId)?.rejection ?? null;
    return (
        <div className='po-line'>
            <i className={rejection ? 'icon icon-close-circle po-bad' : 'icon icon-check-circle po-ok'} aria-hidden='true'/>
            <span className='po-text'>{summarize(event)}</span>
            {rejection && <span className='po-bad'>{intl.formatMessage(m.rejected, {reason: rejection.message})}</span>}
        </div>
    );
}
