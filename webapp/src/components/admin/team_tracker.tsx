// One team's tracker as the admin sees it: whether the channel exists (and creating it), the editor,
// the policy in force with its history, and the log's health.
import React, {useState} from 'react';
import {useIntl} from 'react-intl';

import {rejectedHistory} from '../../domain/history';
import {INITIAL_POLICY} from '../../domain/policy';
import type {TrackerView} from '../../state/types';
import {adminMessages as m} from '../../i18n/messages_admin';
import {useSession} from '../shared/app_context';

import {draftFromPolicy} from './policy_draft';
import {PolicyHistory} from './policy_history';
import {PolicyInForce} from './policy_in_force';
import {policyRecords} from './policy_records';
import {SHOWN_REJECTIONS, TrackerHealth} from './tracker_health';

export interface TeamTrackerProps {
    readonly teamId: string;
    readonly view: TrackerView;
    readonly disabled: boolean;
    readonly userName: (userId: string) => string;
    /** The editor: shown once we know whether the tracker exists (saving creates a missing one). */
    readonly children: React.ReactNode;
}

const INITIAL_DRAFT = draftFromPolicy(INITIAL_POLICY);

export function TeamTracker({teamId, view, disabled, userName, children}: TeamTrackerProps): React.JSX.Element {
    const intl = useIntl();
    const session = useSession();
    const [creating, setCreating] = useState(false);
    const [createError, setCreateError] = useState<string | null>(null);

    const create = async (): Promise<void> => {
        setCreating(true);
        setCreateError(null);
        const result = await session.setup(teamId);
        setCreating(false);
        if (result.ok) {
            await session.open(teamId);
        } else {
            setCreateError(intl.formatMessage(m.createFailed, {message: result.error.message}));
        }
    };

    const known = view.status === 'ready' || view.status === 'missing';

    return (
        <>
            <section
                className='po-admin-section'
                aria-labelledby={`po-admin-tracker-${teamId}`}
            >
                <h3 id={`po-admin-tracker-${teamId}`}>{intl.formatMessage(m.trackerTitle)}</h3>
                {(view.status === 'idle' || view.status === 'loading') && <p role='status'>{intl.formatMessage(m.loading)}</p>}
                {view.status === 'error' && (
                    <div className='po-row'>
                        <span className='po-error'>{intl.formatMessage(m.trackerError, {message: view.error?.message ?? ''})}</span>
                        <button
                            type='button'
                            className='po-btn'
                            onClick={() => void session.open(teamId)}
                        >
                            {intl.formatMessage(m.retry)}
                        </button>
                    </div>
                )}
                {view.status === 'ready' && (
                    <p className='po-row'>
                        <i
                            className='icon icon-check-circle po-ok'
                            aria-hidden='true'
                        />
                        {intl.formatMessage(m.trackerReady)}
                    </p>
                )}
                {view.status === 'missing' && (
                    <div className='po-stack'>
                        <p>{intl.formatMessage(m.trackerMissing)}</p>
                        <div>
                            <button
                                type='button'
                                className='po-btn po-btn-primary'
                                disabled={disabled || creating}
                                onClick={() => void create()}
                            >
                                {intl.formatMessage(creating ? m.creatingTracker : m.createTracker)}
                            </button>
                        </div>
                    </div>
                )}
                {createError !== null && (
                    <p
                        className='po-error'
                        role='alert'
                    >
                        {createError}
                    </p>
                )}
            </section>
            {known && children}
            {view.status === 'ready' && (
                <>
                    <section
                        className='po-admin-section'
                        aria-labelledby={`po-admin-in-force-${teamId}`}
                    >
                        <h3 id={`po-admin-in-force-${teamId}`}>{intl.formatMessage(m.inForceTitle)}</h3>
                        <PolicyInForce
                            policy={view.state.policy}
                            userName={userName}
                        />
                    </section>
                    <section
                        className='po-admin-section'
                        aria-labelledby={`po-admin-history-${teamId}`}
                    >
                        <h3 id={`po-admin-history-${teamId}`}>{intl.formatMessage(m.historyTitle)}</h3>
                        <PolicyHistory
                            records={policyRecords(view.state)}
                            initial={INITIAL_DRAFT}
                            userName={userName}
                        />
                    </section>
                    <section
                        className='po-admin-section'
                        aria-labelledby={`po-admin-health-${teamId}`}
                    >
                        <h3 id={`po-admin-health-${teamId}`}>{intl.formatMessage(m.healthTitle)}</h3>
                        <TrackerHealth
                            events={view.state.log.length}
                            rejected={rejectedHistory(view.state, SHOWN_REJECTIONS)}
                            rejectedCount={view.state.rejectedCount}
                            userName={userName}
                        />
                    </section>
                </>
            )}
        </>
    );
}
