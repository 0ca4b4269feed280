import React, {useState} from 'react';
import {useIntl} from 'react-intl';

import {rhsMessages as m} from '../../i18n/messages_rhs';
import {useSession} from '../shared/app_context';

export function MissingState({teamId}: {teamId: string}): React.JSX.Element {
    const intl = useIntl();
    const session = useSession();
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState<string | null>(null);
    const create = async () => {
        setBusy(true);
        setError(null);
        const result = await session.setup(teamId);
        setBusy(false);
        // On success the session has loaded the new tracker; the panel follows its status.
        if (!result.ok) {
            setError(result.error.message);
        }
    };
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
