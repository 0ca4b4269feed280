// Accepting a loss, in two steps: the reason (it stays in the record), then a confirmation that
// says what follows, since it cannot be undone.
import React, {useId, useState} from 'react';
import {useIntl} from 'react-intl';

import type {IntegrityMark} from '../../domain/tracker_state';
import {integrityMessages as m} from '../../i18n/messages_integrity';
import {rhsPageMessages} from '../../i18n/messages_rhs_page';
import {useSession} from '../shared/app_context';

import {InlineForm} from './inline_form';
import {TextField} from './text_field';

/** `onDone(message)`: closed, with what to announce (null: cancelled). */
export function AcceptLossForm({teamId, marks, onDone}: {teamId: string; marks: readonly IntegrityMark[]; onDone: (message: string | null) => void}): React.JSX.Element {
    const intl = useIntl();
    const session = useSession();
    const [reason, setReason] = useState('');
    const [error, setError] = useState<string | undefined>(undefined);
    const [confirming, setConfirming] = useState(false);
    const [busy, setBusy] = useState(false);
    const confirmId = useId();
    const posts = [...new Set(marks.map((mark) => mark.post))];
    const title = intl.formatMessage(m.acceptTitle, {count: posts.length});

    if (!confirming) {
        return (
            <InlineForm
                title={title}
                heading={true}
                submitLabel={intl.formatMessage(m.acceptNext)}
                busy={false}
                onClose={() => onDone(null)}
                onSubmit={async () => {
                    if (reason.trim() === '') {
                        setError(intl.formatMessage(rhsPageMessages.reasonRequired));
                        return;
                    }
                    setConfirming(true);
                }}
            >
                <TextField label={intl.formatMessage(m.acceptReason)} value={reason} onChange={setReason} error={error} autoFocus={true} multiline={true}/>
            </InlineForm>
        );
    }

    const confirm = async () => {
        setBusy(true);
        try {
            const result = await session.accept(teamId, posts, reason);
            if (result.ok) {
                onDone(intl.formatMessage(m.accepted));
            } else {
                setError(intl.formatMessage(m.acceptFailed, {message: result.error.message}));
                setConfirming(false);
            }
        } finally {
            setBusy(false);
        }
    };

    return (
        <div
            className='po-form'
            role='group'
            aria-labelledby={confirmId}
            onKeyDown={(e) => {
                if (e.key === 'Escape') {
                    e.stopPropagation();
                    setConfirming(false);
                }
            }}
        >
            <h3 id={confirmId}>{title}</h3>
            <p style={{margin: 0}}>{intl.formatMessage(m.acceptConfirmText, {count: posts.length})}</p>
            <p className='po-muted po-text' style={{margin: 0}}>{reason.trim()}</p>
            <div className='po-row'>
                {/* The step's one action takes the focus, so Enter confirms and Escape goes back. */}
                <button type='button' className='po-btn po-btn-primary' disabled={busy} autoFocus={true} onClick={() => void confirm()}>
                    {intl.formatMessage(m.acceptConfirm)}
                </button>
                <button type='button' className='po-btn' onClick={() => setConfirming(false)}>{intl.formatMessage(m.acceptBack)}</button>
            </div>
        </div>
    );
}
