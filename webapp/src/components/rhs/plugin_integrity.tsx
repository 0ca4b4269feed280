// A plugin's own marks on its page, and how many of its changes wait on them.
import React, {useId, useState} from 'react';
import {useIntl} from 'react-intl';

import {onHoldInPlugin, openMarksForPlugin} from '../../domain/integrity_queries';
import {integrityMessages as m} from '../../i18n/messages_integrity';
import type {TrackerView} from '../../state/types';

import {IntegrityActions, OutcomeLines, type IntegrityOutcome} from './integrity_actions';
import {IntegrityMarks} from './integrity_marks';

export function PluginIntegrity({teamId, view, pluginId}: {teamId: string; view: TrackerView; pluginId: string}): React.JSX.Element | null {
    const intl = useIntl();
    const titleId = useId();
    const [outcome, setOutcome] = useState<IntegrityOutcome>(null);
    const marks = openMarksForPlugin(view.state, pluginId);
    const onHold = onHoldInPlugin(view.state, pluginId);
    if (marks.length === 0 && onHold === 0) {
        return outcome ? <OutcomeLines outcome={outcome}/> : null;
    }
    return (
        <section className='po-integrity' aria-labelledby={titleId}>
            <h3 id={titleId} className='po-integrity-title'>
                <i className='icon icon-alert-outline' aria-hidden='true'/>
                <span>{intl.formatMessage(m.pluginTitle)}</span>
            </h3>
            <p role='status' style={{margin: 0}}>{intl.formatMessage(m.pluginOnHold, {count: onHold})}</p>
            {marks.length > 0 && <IntegrityMarks view={view} marks={marks}/>}
            {marks.length > 0 && <IntegrityActions teamId={teamId} view={view} marks={marks} onOutcome={setOutcome}/>}
            <OutcomeLines outcome={outcome}/>
        </section>
    );
}
