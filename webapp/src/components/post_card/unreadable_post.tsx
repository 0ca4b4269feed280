import React from 'react';
import {useIntl} from 'react-intl';

import {cardMessages as m} from '../../i18n/messages_card';

/** Whatever the post says, as plain text, marked as not understood. */
export function UnreadablePost({message}: {message: string}): React.JSX.Element {
    const intl = useIntl();
    return (
        <div className='po-stack' style={{gap: 2}}>
            {message !== '' && <span className='po-text'>{message}</span>}
            <span className='po-line'>
                <i className='icon icon-alert-outline' aria-hidden='true'/>
                {intl.formatMessage(m.unreadable)}
            </span>
        </div>
    );
}
