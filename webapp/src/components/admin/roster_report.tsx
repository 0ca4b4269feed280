// What saving the policy did to the tracker channel's members: who was added so that mentions reach
// them, and who could not be, why, and what to do. The saved policy stands either way.
import React from 'react';
import {useIntl, type IntlShape} from 'react-intl';

import {adminMessages as m} from '../../i18n/messages_admin';
import type {NotAddedReason, RosterAddition} from '../../state/tracker_session';

const REASONS: Record<NotAddedReason, typeof m.rosterNotOnTeam> = {
    'not-on-team': m.rosterNotOnTeam,
    'no-account': m.rosterNoAccount,
    forbidden: m.rosterForbidden,
    failed: m.rosterFailed,
};

function lines(intl: IntlShape, report: RosterAddition, userName: (userId: string) => string): {notes: string[]; alerts: string[]} {
    if (report.error) {
        return {notes: [], alerts: [intl.formatMessage(m.rosterUnread, {message: report.error.message})]};
    }
    const notes = report.added.length > 0 ? [intl.formatMessage(m.rosterAdded, {names: report.added.map(userName).join(', ')})] : [];
    const alerts = report.notAdded.map(({userId, reason}) => intl.formatMessage(m.rosterNotAdded, {name: userName(userId), reason: intl.formatMessage(REASONS[reason])}));
    return {notes, alerts};
}

export function RosterReport({report, userName}: {report: RosterAddition; userName: (userId: string) => string}): React.JSX.Element | null {
    const intl = useIntl();
    const {notes, alerts} = lines(intl, report, userName);
    if (notes.length === 0 && alerts.length === 0) {
        return null;
    }
    return (
        <div className='po-stack'>
            {notes.map((text) => (
                <div
                    key={text}
                    className='po-admin-notice'
                    role='status'
                >
                    {text}
                </div>
            ))}
            {alerts.map((text) => (
                <div
                    key={text}
                    className='po-admin-alert'
                    role='alert'
                >
                    {text}
                </div>
            ))}
        </div>
    );
}
