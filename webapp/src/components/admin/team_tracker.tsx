// One team's tracker as the admin sees it: whether the channel exists (and creating it), the editor,
// the policy in force with its history, and the log's health.
import React, {useMemo} from 'react';
import {useIntl} from 'react-intl';

import {rejectedHistory} from '../../domain/history';
import {INITIAL_POLICY} from '../../domain/policy';
import type {TrackerPlace, TrackerView} from '../../state/types';
import {TRACKER_CHANNEL_NAME} from '../../storage/port';
import {adminMessages as m} from '../../i18n/messages_admin';
import {useSession} from '../shared/app_context';
import {useCreateTracker} from '../shared/use_create_tracker';

import {AdminSection} from './admin_section';
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
    const creation = useCreateTracker(teamId);
    // The page re-renders on every keystroke in the editor; these only change with the log.
    const records = useMemo(() => policyRecords(view.state), [view.state]);
    const rejected = useMemo(() => rejectedHistory(view.state, SHOWN_REJECTIONS), [view.state]);

    const known = view.status === 'ready' || view.status === 'missing';

    return (
        <>
            <AdminSection title={intl.formatMessage(m.trackerTitle)}>
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
                {view.status === 'ready' && <PlaceNotices place={view.place}/>}
                {view.status === 'unusable' && (
                    <div
                        className='po-stack'
                        role='alert'
                    >
                        <p className='po-error'>{intl.formatMessage(view.place?.refused === 'private' ? m.trackerUnusablePrivate : m.trackerUnusableNotAdmin)}</p>
                        <p>{intl.formatMessage(m.trackerUnusableWhat)}</p>
                    </div>
                )}
                {view.status === 'missing' && (
                    <div className='po-stack'>
                        <p>{intl.formatMessage(m.trackerMissing)}</p>
                        <div>
                            <button
                                type='button'
                                className='po-btn po-btn-primary'
                                disabled={disabled || creation.busy}
                                onClick={() => void creation.create()}
                            >
                                {intl.formatMessage(creation.busy ? m.creatingTracker : m.createTracker)}
                            </button>
                        </div>
                    </div>
                )}
                {creation.error !== null && (
                    <p
                        className='po-error'
                        role='alert'
                    >
                        {intl.formatMessage(m.createFailed, {message: creation.error})}
                    </p>
                )}
            </AdminSection>
            {known && children}
            {view.status === 'ready' && (
                <>
                    <AdminSection title={intl.formatMessage(m.inForceTitle)}>
                        <PolicyInForce
                            policy={view.state.policy}
                            userName={userName}
                        />
                    </AdminSection>
                    <AdminSection title={intl.formatMessage(m.historyTitle)}>
                        <PolicyHistory
                            records={records}
                            initial={INITIAL_DRAFT}
                            userName={userName}
                        />
                    </AdminSection>
                    <AdminSection title={intl.formatMessage(m.healthTitle)}>
                        <TrackerHealth
                            events={view.state.log.length}
                            rejected={rejected}
                            rejectedCount={view.state.rejectedCount}
                            userName={userName}
                        />
                    </AdminSection>
                </>
            )}
        </>
    );
}

/** A renamed or archived tracker, and what the admin should do about it. */
function PlaceNotices({place}: {place: TrackerPlace | null}): React.JSX.Element | null {
    const intl = useIntl();
    if (place === null) {
        return null;
    }
    const notices: string[] = [];
    if (place.name !== TRACKER_CHANNEL_NAME) {
        notices.push(intl.formatMessage(m.trackerRenamed, {name: place.name, displayName: place.displayName}));
    }
    if (place.archivedAt > 0) {
        notices.push(intl.formatMessage(m.trackerArchived, {date: intl.formatDate(place.archivedAt, {dateStyle: 'medium'})}));
    }
    return (
        <>
            {notices.map((text) => (
                <p
                    key={text}
                    className='po-missing po-row'
                    role='status'
                >
                    <i
                        className='icon icon-alert-outline po-warn'
                        aria-hidden='true'
                    />
                    <span>{text}</span>
                </p>
            ))}
        </>
    );
}
