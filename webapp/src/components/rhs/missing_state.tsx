import React from 'react';
import {useIntl} from 'react-intl';

import {rhsMessages as m} from '../../i18n/messages_rhs';
import {useCreateTracker} from '../shared/use_create_tracker';
import {useAuthor} from '../shared/use_tracker';

/** No tracker found: a system admin may create one (setup looks for a renamed one first); anyone else is told whom to ask. */
export function MissingState({teamId}: {teamId: string}): React.JSX.Element {
    const intl = useIntl();
    const {isSystemAdmin} = useAuthor();
    const {create, busy, error} = useCreateTracker(teamId);
    if (!isSystemAdmin) {
        return (
            <div className='po-stack'>
                <h2>{intl.formatMessage(m.missingTitle)}</h2>
                <p>{intl.formatMessage(m.missingAskAdmin)}</p>
            </div>
        );
    }
    return (
        <div className='po-stack'>
            <h2>{intl.formatMessage(m.missingTitle)}</h2>
            <p>{intl.formatMessage(m.missingBody)}</p>
            <p className='po-muted'>{intl.formatMessage(m.missingWho)}</p>
            <div>
                <button type='button' className='po-btn po-btn-primary' disabled={busy} onClick={() => void create()}>
                    {intl.formatMessage(busy ? m.creatingTracker : m.createTracker)}
                </button>
            </div>
            <div aria-live='assertive'>
                {error !== null && <p className='po-error' role='alert'>{error}</p>}
            </div>
        </div>
    );
}
