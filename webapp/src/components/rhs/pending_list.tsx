import React from 'react';
import {useIntl} from 'react-intl';

import {pluginOfEvent, summarize} from '../../domain';
import {rhsMessages as m} from '../../i18n/messages_rhs';
import type {PendingEvent} from '../../state/types';
import {useSession} from '../shared/app_context';

import {FramedReason} from './reason_text';

/** Events not yet in the log: "sending…", or failed with what happened and what to do. */
export function PendingList({teamId, pending, pluginId}: {teamId: string; pending: readonly PendingEvent[]; pluginId: string | null}): React.JSX.Element | null {
    const intl = useIntl();
    const session = useSession();
    const mine = pending.filter((p) => {
        const about = pluginOfEvent(p.event);
        return about === null ? pluginId === null : pluginId === null || about === pluginId;
    });
    if (mine.length === 0) {
        return null;
    }
    // The list shows every plugin's changes: a button's name says which change, on which plugin.
    const changeName = (p: PendingEvent): string => {
        const about = pluginOfEvent(p.event);
        return about === null ? summarize(p.event) : intl.formatMessage(m.changeOn, {change: summarize(p.event), plugin: about});
    };
    return (
        <section aria-label={intl.formatMessage(m.pendingTitle)} aria-live='polite' className='po-stack'>
            {mine.map((p) => (
                <div key={p.event.id} className={p.status === 'failed' ? 'po-pending po-pending-failed' : 'po-pending'}>
                    <div>{summarize(p.event)}</div>
                    {p.status === 'sending' ? (
                        <div className='po-muted' role='status'>
                            <i className='icon icon-sync' aria-hidden='true'/>
                            {intl.formatMessage(m.pendingSending)}
                        </div>
                    ) : (
                        <div className='po-stack' style={{gap: 4}}>
                            <div className='po-error' role='alert'>
                                {p.error?.rejection === undefined ?
                                    intl.formatMessage(m.pendingFailed, {message: p.error?.message ?? ''}) :
                                    <FramedReason rejection={p.error.rejection} frame={(reason) => intl.formatMessage(m.pendingLate, {reason})}/>}
                            </div>
                            <span className='po-row'>
                                <button
                                    type='button'
                                    className='po-btn po-btn-primary'
                                    aria-label={intl.formatMessage(m.retryChange, {change: changeName(p)})}
                                    onClick={() => void session.retry(teamId, p.event.id)}
                                >
                                    {intl.formatMessage(m.retry)}
                                </button>
                                <button
                                    type='button'
                                    className='po-btn'
                                    aria-label={intl.formatMessage(m.discardChange, {change: changeName(p)})}
                                    onClick={() => session.discard(teamId, p.event.id)}
                                >
                                    {intl.formatMessage(m.discard)}
                                </button>
                            </span>
                        </div>
                    )}
                </div>
            ))}
        </section>
    );
}
