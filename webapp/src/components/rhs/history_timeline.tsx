import React, {useId, useMemo, useState} from 'react';
import {useIntl} from 'react-intl';

import {pluginHistory} from '../../domain/history';
import {rhsMessages as m} from '../../i18n/messages_rhs';
import {RelativeTime} from '../shared/relative_time';

import {usePage} from './page_context';

/** Every event about the plugin, newest first, including the ones the fold refused and why. */
export function HistoryTimeline(): React.JSX.Element {
    const intl = useIntl();
    const {state, plugin, userName} = usePage();
    const [open, setOpen] = useState(false);
    const listId = useId();
    const entries = useMemo(() => pluginHistory(state, plugin.id).reverse(), [state, plugin.id]);
    return (
        <section className='po-stage'>
            <h3>
                <button type='button' className='po-btn po-btn-link' aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
                    <i className={open ? 'icon icon-chevron-down' : 'icon icon-chevron-right'} aria-hidden='true'/>
                    {intl.formatMessage(m.history, {count: entries.length})}
                </button>
            </h3>
            {open && (
                <ol id={listId} className='po-history' aria-label={intl.formatMessage(m.historyTitle)}>
                    {entries.map((entry) => (
                        <li key={entry.postId}>
                            {entry.rejection ? (
                                <i className='icon icon-close-circle po-bad' aria-hidden='true'/>
                            ) : (
                                <i className='icon icon-check-circle po-ok' aria-hidden='true'/>
                            )}
                            <span className='po-stack' style={{gap: 0}}>
                                <span>
                                    <span className='po-sr-only'>{entry.rejection ? intl.formatMessage(m.rejected, {reason: ''}) : intl.formatMessage(m.accepted)}</span>
                                    {entry.summary}
                                </span>
                                <span className='po-muted'>
                                    {intl.formatMessage(m.historyLine, {user: userName(entry.by), when: <RelativeTime key='t' at={entry.at}/>})}
                                </span>
                                {entry.rejection && (
                                    <span className='po-bad'>{intl.formatMessage(m.rejected, {reason: entry.rejection.message})}</span>
                                )}
                            </span>
                        </li>
                    ))}
                </ol>
            )}
        </section>
    );
}
