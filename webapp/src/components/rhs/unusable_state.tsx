// A channel holds the tracker's name but is not trusted as the tracker (private, or not created by a
// system admin): say so to everyone, and what a system admin should do.
import React from 'react';
import {useIntl} from 'react-intl';

import {rhsMessages as m} from '../../i18n/messages_rhs';
import type {TrackerRefusal} from '../../state/types';

export function UnusableState({refused}: {refused: TrackerRefusal}): React.JSX.Element {
    const intl = useIntl();
    return (
        <div className='po-stack' role='alert'>
            <h2>
                <i className='icon icon-alert-outline po-bad' aria-hidden='true'/>
                {intl.formatMessage(m.unusableTitle)}
            </h2>
            <p className='po-text'>{intl.formatMessage(refused === 'private' ? m.unusablePrivate : m.unusableNotAdmin)}</p>
            <p className='po-text'>{intl.formatMessage(m.unusableWhat)}</p>
        </div>
    );
}
