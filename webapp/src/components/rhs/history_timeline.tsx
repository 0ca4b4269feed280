import React, {useId, useMemo, useState} from 'react';
import {useIntl} from 'react-intl';

import {pluginHistory} from '../../domain/history';
import {pluginChanges} from '../../domain/history_changes';
import {effectLines, shortValue} from '../../domain/messages';
import {marksOfPlugin, restorations} from '../../domain/integrity_queries';
import type {HistoryEntry, IntegrityMark} from '../../domain/tracker_state';
import {acceptanceSentence, markSentence} from '../../i18n/integrity_words';
import {integrityMessages as im} from '../../i18n/messages_integrity';
import {rhsPageMessages as pm} from '../../i18n/messages_rhs_page';
import {RelativeTime} from '../shared/relative_time';
import {verdictLook} from '../shared/verdict';

import {markKey} from './integrity_marks';
import {FramedReason} from './reason_text';
import {usePage} from './page_context';
import {useIntegrityWords} from './use_integrity_words';

/** A line of the history: a post and its verdict, or a loss a system admin accepted (resolved). */
type Line = {kind: 'post'; at: number; entry: HistoryEntry} | {kind: 'resolved'; at: number; mark: IntegrityMark};

/** Every event about the plugin, newest first, including the ones the fold refused and why. */
export function HistoryTimeline(): React.JSX.Element {
    const intl = useIntl();
    const {state, plugin, userName} = usePage();
    const {words, format} = useIntegrityWords(state, userName);
    const [open, setOpen] = useState(false);
    const listId = useId();
    const restored = restorations(state);
    const changes = useMemo(() => (open ? pluginChanges(state, plugin.id) : null), [open, state, plugin.id]);
    const lines = useMemo(() => {
        const all: Line[] = pluginHistory(state, plugin.id).map((entry) => ({kind: 'post', at: entry.at, entry}));
        for (const mark of marksOfPlugin(state, plugin.id)) {
            if (mark.accepted) {
                all.push({kind: 'resolved', at: mark.accepted.at, mark});
            }
        }
        return all.sort((a, b) => b.at - a.at);
    }, [state, plugin.id]);
    return (
        <section className='po-stage'>
            <h3>
                <button type='button' className='po-btn po-btn-link' aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
                    <i className={open ? 'icon icon-chevron-down' : 'icon icon-chevron-right'} aria-hidden='true'/>
                    {intl.formatMessage(pm.history, {count: lines.length})}
                </button>
            </h3>
            {open && <p className='po-muted'>{intl.formatMessage(pm.historyHolds)}</p>}
            {open && (
                <ol id={listId} className='po-history' aria-label={intl.formatMessage(pm.historyTitle)}>
                    {lines.map((line) => {
                        if (line.kind === 'resolved') {
                            return (
                                <li key={`resolved:${markKey(line.mark)}`}>
                                    <i className='icon icon-check-all po-ok' aria-hidden='true'/>
                                    <span className='po-stack' style={{gap: 0}}>
                                        <span>{markSentence(line.mark, words, format)}</span>
                                        <span className='po-muted'>{acceptanceSentence(line.mark, words, format)}</span>
                                    </span>
                                </li>
                            );
                        }
                        const {entry} = line;
                        const look = verdictLook(entry.rejection);
                        const restoredBy = restored.get(entry.postId);
                        const change = changes?.get(entry.postId);
                        const reopened = change?.effect ? effectLines(change.effect, change.event, userName) : [];
                        return (
                            <li key={entry.postId}>
                                <i className={look.icon} aria-hidden='true'/>
                                <span className='po-stack' style={{gap: 0}}>
                                    <span>
                                        <span className='po-sr-only'>{entry.rejection ? `${intl.formatMessage(look.label)}: ` : intl.formatMessage(look.label)}</span>
                                        {entry.summary}
                                    </span>
                                    <span className='po-muted'>
                                        {intl.formatMessage(pm.historyLine, {user: userName(entry.by), when: <RelativeTime key='t' at={entry.at}/>})}
                                    </span>
                                    {change && change.previous !== null && (
                                        <span className='po-muted'>{intl.formatMessage(pm.historyWas, {value: shortValue(change.previous)})}</span>
                                    )}
                                    {reopened.length > 0 && (
                                        <ul aria-label={intl.formatMessage(pm.historyReopened)}>
                                            {reopened.map((text) => <li key={text}>{text}</li>)}
                                        </ul>
                                    )}
                                    {restoredBy && (
                                        <span className='po-muted'>{intl.formatMessage(im.restoredBy, {user: userName(restoredBy.by), date: words.when(restoredBy.at)})}</span>
                                    )}
                                    {entry.rejection && <Refusal look={look} rejection={entry.rejection}/>}
                                </span>
                            </li>
                        );
                    })}
                </ol>
            )}
        </section>
    );
}

/** Why the fold refused it: a short first line and, when the reason lists things (what a gate still needed), a list. */
function Refusal({look, rejection}: {look: ReturnType<typeof verdictLook>; rejection: NonNullable<HistoryEntry['rejection']>}): React.JSX.Element {
    const intl = useIntl();
    if (look.chip) {
        return (
            <span className='po-bad'>
                <span className='po-chip'>{intl.formatMessage(look.label)}</span>
                {' '}
                <FramedReason rejection={rejection} frame={(reason) => reason}/>
            </span>
        );
    }
    // An on-hold reason says "On hold: …" itself; any other refusal is said as one.
    const onHold = rejection.code === 'on-hold';
    return (
        <span className={onHold ? 'po-warn' : 'po-bad'}>
            <FramedReason rejection={rejection} frame={(reason) => (onHold ? reason : intl.formatMessage(pm.rejected, {reason}))}/>
        </span>
    );
}
