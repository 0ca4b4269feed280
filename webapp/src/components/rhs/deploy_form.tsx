// Marking a stage deployed asks first, as signing off does: it is recorded for everyone and opens
// the next stage, so the form says what will be recorded (which release, which server) before it is.
import React, {useState} from 'react';
import {useIntl} from 'react-intl';

import type {EventDraft} from '../../domain/events';
import type {StageDef} from '../../domain/process_types';
import type {Rejection} from '../../domain/tracker_state';
import {rhsPageMessages as pm} from '../../i18n/messages_rhs_page';
import {fieldErrors} from '../shared/draft_errors';

import {InlineForm} from './inline_form';
import {usePage} from './page_context';
import {ReasonText} from './reason_text';
import {TextField} from './text_field';

export function DeployForm({stage, onClose}: {stage: StageDef; onClose: () => void}): React.JSX.Element {
    const intl = useIntl();
    const {state, plugin, submitChecked, submitter} = usePage();
    const [note, setNote] = useState('');
    const [refusal, setRefusal] = useState<Rejection | null>(null);
    const [noteError, setNoteError] = useState<string | undefined>(undefined);
    const noteLabel = intl.formatMessage(pm.deployNote);
    const environment = stage.environment.name;
    const url = state.policy.environments[stage.key] || stage.environment.defaultUrl;
    const what = plugin.release === null ?
        intl.formatMessage(pm.deployWhat, {plugin: plugin.name, environment, url}) :
        intl.formatMessage(pm.deployWhatRelease, {plugin: plugin.name, environment, url, release: plugin.release.version});
    const onSubmit = async () => {
        const draft: EventDraft = {type: 'stage.deployed', plugin: plugin.id, stage: stage.key, ...(note.trim() === '' ? {} : {note: note.trim()})};
        const found = fieldErrors(intl, draft, {note: ['note', {label: noteLabel}]});
        setNoteError(found.note);
        if (found.note !== undefined) {
            return;
        }
        if (await submitChecked(draft, (_reason, rejection) => setRefusal(rejection))) {
            onClose();
        }
    };
    return (
        <InlineForm
            title={intl.formatMessage(pm.deployTitle, {plugin: plugin.name, environment})}
            heading={true}
            onSubmit={onSubmit}
            onClose={onClose}
            submitLabel={intl.formatMessage(pm.confirmDeploy)}
            busy={submitter.busy}
        >
            <p className='po-text' style={{margin: 0}}>{what}</p>
            <TextField label={noteLabel} value={note} onChange={setNote} error={noteError} multiline={true} autoFocus={true}/>
            {refusal !== null && <div className='po-error' role='alert'><ReasonText rejection={refusal}/></div>}
        </InlineForm>
    );
}
