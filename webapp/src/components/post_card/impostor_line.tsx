// A post that renders with the plugin's component but is not in the tracker's record: props.type
// set on a post anywhere, a post of the plugin's type outside the tracker channel, or one the
// record does not hold. It is said to be an imitation, and its text is shown as plain text.
import React from 'react';
import {useIntl} from 'react-intl';

import {unsealedText} from '../../domain/seal';
import {cardMessages as m} from '../../i18n/messages_card';

export function ImpostorLine({message}: {message: string}): React.JSX.Element {
    const intl = useIntl();
    const text = unsealedText(message);
    return (
        <div className='po-stack' style={{gap: 2}}>
            <span className='po-impostor'>
                <i className='icon icon-alert-outline' aria-hidden='true'/>
                {intl.formatMessage(m.impostor)}
            </span>
            {text !== '' && <span className='po-text po-muted'>{text}</span>}
        </div>
    );
}
