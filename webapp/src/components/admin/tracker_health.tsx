// How healthy the tracker's log is: how many events it holds and which were rejected, and why. A
// rejected event is harmless (it changed nothing) but tells the admin about a buggy or forged client.
import React from 'react';
import {useIntl} from 'react-intl';

import type {HistoryEntry} from '../../domain/tracker_state';
import {adminMessages as m} from '../../i18n/messages_admin';
import {formatWhen} from '../shared/relative_time';


/** How many of the newest rejections the caller passes to be listed; the rest are counted. */
export const SHOWN_REJECTIONS = 20;

export interface TrackerHealthProps {
    /** How many posts the log holds. */
    readonly events: number;
    /** The newest refused ones, oldest first, all listed: the caller takes up to SHOWN_REJECTIONS. */
    readonly rejected: readonly HistoryEntry[];
    readonly rejectedCount: number;
    readonly userName: (userId: string) => string;
}

export function TrackerHealth({events, rejected, rejectedCount, userName}: TrackerHealthProps): React.JSX.Element {
    const intl = useIntl();
    const shown = [...rejected].reverse();
    const hidden = rejectedCount - shown.length;
    return (
        <div className='po-stack'>
            <ul className='po-admin-list'>
                <li>{intl.formatMessage(m.healthEvents, {count: events})}</li>
                <li className={rejectedCount > 0 ? 'po-bad' : undefined}>{intl.formatMessage(m.healthRejected, {count: rejectedCount})}</li>
            </ul>
            {shown.length > 0 && (
                <ol
                    className='po-history'
                    aria-label={intl.formatMessage(m.healthRejected, {count: rejectedCount})}
                >
                    {shown.map((entry) => (
                        <li key={entry.postId}>
                            <i
                                className='icon icon-alert-circle-outline po-bad'
                                aria-hidden='true'
                            />
                            <span>
                                {intl.formatMessage(m.healthRejectedLine, {
                                    name: userName(entry.by),
                                    when: formatWhen(intl, entry.at),
                                    summary: entry.summary,
                                    reason: entry.rejection?.message ?? '',
                                })}
                            </span>
                        </li>
                    ))}
                </ol>
            )}
            {hidden > 0 && <p className='po-muted'>{intl.formatMessage(m.healthMore, {count: hidden})}</p>}
        </div>
    );
}
