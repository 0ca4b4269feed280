// The tracker-level banner: shown while posts of the tracker are deleted or rewritten and no system
// admin has restored or accepted them. One short line says what happened and how much waits; the
// list below says what, with names.
import React, {useId, useState} from 'react';
import {useIntl} from 'react-intl';

import {acceptedMarks, openMarks} from '../../domain/integrity_queries';
import {integrityMessages as m} from '../../i18n/messages_integrity';
import type {TrackerView} from '../../state/types';

import {IntegrityActions, OutcomeLines, type IntegrityOutcome} from './integrity_actions';
import {IntegrityMarks} from './integrity_marks';

export function IntegrityBanner({teamId, view}: {teamId: string; view: TrackerView}): React.JSX.Element | null {
    const intl = useIntl();
    const titleId = useId();
    const [outcome, setOutcome] = useState<IntegrityOutcome>(null);
    const open = openMarks(view.state);
    if (open.length === 0) {
        // What settled the marks, said once more where they were.
        return outcome ? <OutcomeLines outcome={outcome}/> : null;
    }
    return (
        <section className='po-integrity' aria-labelledby={titleId}>
            <p id={titleId} className='po-integrity-title' role='status'>
                <i className='icon icon-alert-outline' aria-hidden='true'/>
                <span>{intl.formatMessage(m.bannerTitle, {onHold: view.state.integrity.onHold})}</span>
            </p>
            <IntegrityMarks view={view} marks={open}/>
            <IntegrityActions teamId={teamId} view={view} marks={open} onOutcome={setOutcome}/>
            <OutcomeLines outcome={outcome}/>
        </section>
    );
}

/** Losses a system admin accepted: kept for the record, folded away, never an alert. */
export function ResolvedMarks({view}: {view: TrackerView}): React.JSX.Element | null {
    const intl = useIntl();
    const listId = useId();
    const [open, setOpen] = useState(false);
    const resolved = acceptedMarks(view.state);
    if (resolved.length === 0) {
        return null;
    }
    const title = intl.formatMessage(m.resolvedTitle, {count: resolved.length});
    return (
        <section className='po-stack'>
            <h3>
                <button type='button' className='po-btn po-btn-link' aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
                    <i className={open ? 'icon icon-chevron-down' : 'icon icon-chevron-right'} aria-hidden='true'/>
                    {title}
                </button>
            </h3>
            {open && <div id={listId} className='po-muted'><IntegrityMarks view={view} marks={resolved} label={title}/></div>}
        </section>
    );
}
