// What everyone should know about the tracker channel itself: renamed (new users will not find it by
// name) or archived (readable, but nothing can be recorded). Shown above the list and a plugin's page.
import React from 'react';
import {useIntl} from 'react-intl';

import {rhsMessages as m} from '../../i18n/messages_rhs';
import type {TrackerPlace} from '../../state/types';
import {TRACKER_CHANNEL_NAME} from '../../storage/port';

export function TrackerNotices({place}: {place: TrackerPlace | null}): React.JSX.Element | null {
    const intl = useIntl();
    const notices: string[] = [];
    if (place !== null && place.name !== TRACKER_CHANNEL_NAME) {
        notices.push(intl.formatMessage(m.renamedNotice, {name: place.name, displayName: place.displayName}));
    }
    if (place !== null && place.archivedAt > 0) {
        notices.push(intl.formatMessage(m.archivedNotice, {date: intl.formatDate(place.archivedAt, {dateStyle: 'medium'})}));
    }
    if (notices.length === 0) {
        return null;
    }
    // Each notice is a status: a rename or an archive arriving by websocket is announced as it appears.
    return (
        <div className='po-stack'>
            {notices.map((text) => (
                <p key={text} className='po-missing po-row' role='status'>
                    <i className='icon icon-alert-outline po-warn' aria-hidden='true'/>
                    <span>{text}</span>
                </p>
            ))}
        </div>
    );
}
