// The change history of the policy: every policy event in the log, newest first, with who wrote it,
// when, and what it changed compared with the policy before it — or why every client rejected it.
import React, {useMemo} from 'react';
import {type IntlShape, useIntl} from 'react-intl';

import type {StageKey} from '../../domain/process_types';
import type {Rejection} from '../../domain/tracker_state';
import {stageDef} from '../../domain/process';
import {adminMessages as m} from '../../i18n/messages_admin';
import {formatWhen} from '../shared/relative_time';

import {diffPolicies, type PolicyChange} from '../../domain/policy_diff';
import type {PolicyDraft} from './policy_draft';
import {roleLabel} from './role_label';

export interface PolicyRecord {
    readonly postId: string;
    readonly by: string;
    readonly at: number;
    /** The policy the event set; null when it was rejected or its content is not known. */
    readonly policy: PolicyDraft | null;
    readonly summary: string;
    readonly rejection: Rejection | null;
}

export interface PolicyHistoryProps {
    /** In log order (oldest first). */
    readonly records: readonly PolicyRecord[];
    /** What was in force before the first accepted policy event. */
    readonly initial: PolicyDraft;
    readonly userName: (userId: string) => string;
}

interface Row {
    readonly record: PolicyRecord;
    readonly changes: readonly PolicyChange[] | null;
}

/**
 * Each accepted event is compared with the accepted one before it; rejected events change nothing.
 * When an accepted event's content is unknown, it and the next one show their summary instead.
 */
export function historyRows(records: readonly PolicyRecord[], initial: PolicyDraft): Row[] {
    let before: PolicyDraft | null = initial;
    const rows: Row[] = [];
    for (const record of records) {
        if (record.rejection !== null) {
            rows.push({record, changes: null});
            continue;
        }
        rows.push({record, changes: before !== null && record.policy !== null ? diffPolicies(before, record.policy) : null});
        before = record.policy;
    }
    return rows.reverse();
}

function stageName(stage: StageKey): string {
    return stageDef(stage).environment.name;
}

function changeText(intl: IntlShape, change: PolicyChange, userName: (userId: string) => string): string {
    switch (change.kind) {
    case 'role-added':
        return intl.formatMessage(m.changeRoleAdded, {name: userName(change.userId), role: roleLabel(intl, change.role)});
    case 'role-removed':
        return intl.formatMessage(m.changeRoleRemoved, {name: userName(change.userId), role: roleLabel(intl, change.role)});
    case 'licence-added':
        return intl.formatMessage(m.changeLicenceAdded, {licence: change.licence});
    case 'licence-removed':
        return intl.formatMessage(m.changeLicenceRemoved, {licence: change.licence});
    case 'environment-changed':
        return intl.formatMessage(m.changeEnvironment, {stage: stageName(change.stage), from: change.from, to: change.to});
    case 'github-changed':
        return intl.formatMessage(m.changeGithub, {from: change.from || intl.formatMessage(m.githubNone), to: change.to || intl.formatMessage(m.githubNone)});
    case 'mentions-changed': {
        const words = (mentions: typeof change.to) => (mentions.mentions ? intl.formatMessage(m.mentionsOn, {max: mentions.maxMentions}) : intl.formatMessage(m.mentionsOff));
        return intl.formatMessage(m.changeMentions, {from: words(change.from), to: words(change.to)});
    }
    case 'integrations-channel-changed':
        return intl.formatMessage(m.changeIntegrationsChannel, {from: change.from, to: change.to});
    }
}

export function PolicyHistory({records, initial, userName}: PolicyHistoryProps): React.JSX.Element {
    const intl = useIntl();
    const rows = useMemo(() => historyRows(records, initial), [records, initial]);
    if (rows.length === 0) {
        return <p className='po-muted'>{intl.formatMessage(m.historyEmpty)}</p>;
    }
    return (
        <ol
            className='po-history'
            aria-label={intl.formatMessage(m.historyTitle)}
        >
            {rows.map(({record, changes}) => (
                <li
                    key={record.postId}
                    className='po-stack'
                >
                    <div className='po-row'>
                        <i
                            className={record.rejection ? 'icon icon-alert-circle-outline po-bad' : 'icon icon-check-circle po-ok'}
                            aria-hidden='true'
                        />
                        <span>{intl.formatMessage(m.historyEntry, {name: userName(record.by), when: formatWhen(intl, record.at)})}</span>
                    </div>
                    {record.rejection && (
                        <div className='po-bad'>{intl.formatMessage(m.historyRejected, {reason: record.rejection.message})}</div>
                    )}
                    {record.rejection === null && changes === null && <div className='po-muted'>{record.summary}</div>}
                    {changes && changes.length === 0 && <div className='po-muted'>{intl.formatMessage(m.historyNoChange)}</div>}
                    {changes && changes.length > 0 && (
                        <ul className='po-admin-list'>
                            {changes.map((change, index) => <li key={index}>{changeText(intl, change, userName)}</li>)}
                        </ul>
                    )}
                </li>
            ))}
        </ol>
    );
}
