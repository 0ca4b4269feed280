// What can be done about marks of the record: a system admin restores from the server's copies or
// accepts the loss (a reason, then a confirm step); everyone else is told whom to ask.
import React, {useState} from 'react';
import {useIntl} from 'react-intl';

import type {IntegrityMark} from '../../domain/tracker_state';
import {integrityMessages as m} from '../../i18n/messages_integrity';
import type {TrackerView} from '../../state/types';
import {useSession} from '../shared/app_context';
import {useAuthor} from '../shared/use_tracker';
import {useUserName} from '../shared/use_user_name';

import {AcceptLossForm} from './accept_loss_form';

/** What the last restore or acceptance came to: shown by the section that holds the actions. */
export type IntegrityOutcome = {readonly kind: 'status' | 'alert'; readonly lines: readonly string[]} | null;

/**
 * The answer outlives the marks it settles (a successful restore removes them, and the actions
 * with them), so the section around keeps it: `onOutcome` hands it there.
 */
export function IntegrityActions({teamId, view, marks, onOutcome}: {
    teamId: string;
    view: TrackerView;
    marks: readonly IntegrityMark[];
    onOutcome: (outcome: IntegrityOutcome) => void;
}): React.JSX.Element {
    const intl = useIntl();
    const author = useAuthor();
    const session = useSession();
    const name = useUserName(view);
    const [busy, setBusy] = useState(false);
    const [accepting, setAccepting] = useState(false);
    const setOutcome = onOutcome;

    if (!author.isSystemAdmin) {
        // The admins the tracker knows of (policy authors, mostly); the server has the full list.
        const admins = Object.values(view.users).filter((user) => user.isSystemAdmin).map((user) => name(user.id));
        return (
            <p className='po-muted'>
                {admins.length > 0 ? intl.formatMessage(m.askAdmin, {admins: admins.join(', ')}) : intl.formatMessage(m.askAnyAdmin)}
            </p>
        );
    }

    const restore = async () => {
        setBusy(true);
        setOutcome(null);
        try {
            const result = await session.restore(teamId);
            const restored = intl.formatMessage(m.restoredCount, {count: result.restored.length});
            if (!result.ok) {
                setOutcome({kind: 'alert', lines: [restored, intl.formatMessage(m.restoreFailed, {message: result.error.message})]});
            } else {
                setOutcome({kind: 'status', lines: result.stillOpen.length === 0 ? [restored] : [restored, intl.formatMessage(m.stillOpen, {count: result.stillOpen.length})]});
            }
        } finally {
            setBusy(false);
        }
    };

    return (
        <div className='po-stack'>
            <div className='po-row'>
                <button type='button' className='po-btn po-btn-primary' disabled={busy} onClick={() => void restore()}>
                    <i className='icon icon-refresh' aria-hidden='true'/>
                    {intl.formatMessage(busy ? m.restoring : m.restore)}
                </button>
                {!accepting && (
                    <button type='button' className='po-btn' onClick={() => setAccepting(true)}>
                        {intl.formatMessage(m.accept)}
                    </button>
                )}
            </div>
            {accepting && (
                <AcceptLossForm
                    teamId={teamId}
                    marks={marks}
                    onDone={(message) => {
                        setAccepting(false);
                        if (message !== null) {
                            setOutcome({kind: 'status', lines: [message]});
                        }
                    }}
                />
            )}
        </div>
    );
}

export function OutcomeLines({outcome}: {outcome: IntegrityOutcome}): React.JSX.Element {
    return (
        <div aria-live='polite'>
            {outcome && (
                <div role={outcome.kind} className={outcome.kind === 'alert' ? 'po-error' : 'po-muted'}>
                    {outcome.lines.map((line) => <p key={line} style={{margin: 0}}>{line}</p>)}
                </div>
            )}
        </div>
    );
}
