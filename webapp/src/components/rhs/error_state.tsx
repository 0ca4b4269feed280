import React from 'react';
import {useIntl} from 'react-intl';

import {rhsMessages as m} from '../../i18n/messages_rhs';
import {useSession} from '../shared/app_context';

export function ErrorState({teamId, message}: {teamId: string; message: string}): React.JSX.Element {
    const intl = useIntl();
    const session = useSession();
    return (
        <div className='po-stack' role='alert'>
            <h2>
                <i className='icon icon-alert-outline po-bad' aria-hidden='true'/>
                {intl.formatMessage(m.errorTitle)}
            </h2>
            {message !== '' && <p className='po-text'>{message}</p>}
            <div>
                <button type='button' className='po-btn po-btn-primary' onClick={() => void session.open(teamId)}>
                    {intl.formatMessage(m.retry)}
                </button>
            </div>
        </div>
    );
}
