import React, {useState} from 'react';
import {useIntl} from 'react-intl';

import type {EventDraft} from '../../domain/events';
import {evidenceWarning} from '../../domain/gates';
import {itemDef} from '../../domain/process';
import type {EvidenceDef, EvidenceKind, ItemKey} from '../../domain/process_types';
import {rhsPageMessages as pm} from '../../i18n/messages_rhs_page';
import {fieldErrors} from '../shared/draft_errors';
import {RelativeTime} from '../shared/relative_time';
import {SafeLink} from '../shared/safe_link';

import {ActionButton} from './action_button';
import {usePage} from './page_context';
import {TextField} from './text_field';
import {InlineForm} from './inline_form';

/** A value of the right kind, to ask the fold only "may this user record it?". */
const SAMPLE: Readonly<Record<EvidenceKind, string>> = {url: 'https://example.com/', text: 'sample', spdx: 'MIT'};

export function EvidenceRow({itemKey, def}: {itemKey: ItemKey; def: EvidenceDef}): React.JSX.Element {
    const intl = useIntl();
    const {state, plugin, verdict, userName} = usePage();
    const [editing, setEditing] = useState(false);
    const current = plugin.items[itemKey].evidence[def.key];
    // A valid sample value: a refusal is then about who and when, never about what is typed.
    const rejection = verdict({type: 'evidence.set', plugin: plugin.id, item: itemKey, field: def.key, value: SAMPLE[def.kind]});
    const label = intl.formatMessage(current ? pm.editEvidence : pm.setEvidence, {field: def.label});
    // Two items ask for "QA notes": the button's accessible name says whose.
    const ariaLabel = intl.formatMessage(current ? pm.editEvidenceFor : pm.setEvidenceFor, {field: def.label, item: itemDef(itemKey).label});
    return (
        <li className='po-stack' style={{gap: 2}}>
            <span className='po-row'>
                <i className='icon icon-link-variant' aria-hidden='true'/>
                <strong>{def.label}</strong>
                {def.required && <span className='po-muted'>({intl.formatMessage(pm.evidenceRequired)})</span>}
            </span>
            {current ? (
                <span className='po-stack' style={{gap: 0}}>
                    <SafeLink value={current.value}/>
                    <Warning text={evidenceWarning(state.policy, itemDef(itemKey), def.key, current.value)}/>
                    <span className='po-muted'>{intl.formatMessage(pm.evidenceBy, {user: userName(current.by), when: <RelativeTime key='t' at={current.at}/>})}</span>
                </span>
            ) : (
                <span className='po-muted'>{intl.formatMessage(pm.evidenceMissing)}</span>
            )}
            {editing ? (
                <EvidenceForm itemKey={itemKey} def={def} initial={current?.value ?? ''} onClose={() => setEditing(false)}/>
            ) : (
                <span>
                    <ActionButton label={label} ariaLabel={ariaLabel} rejection={rejection} onClick={() => setEditing(true)}/>
                </span>
            )}
        </li>
    );
}

function EvidenceForm({itemKey, def, initial, onClose}: {itemKey: ItemKey; def: EvidenceDef; initial: string; onClose: () => void}): React.JSX.Element {
    const intl = useIntl();
    const {state, plugin, submitChecked, submitter} = usePage();
    const [value, setValue] = useState(initial);
    // Said as it is typed: the value saves, but the sign-off will refuse it.
    const warning = evidenceWarning(state.policy, itemDef(itemKey), def.key, value.trim());
    const [error, setError] = useState<string | undefined>(undefined);
    const onSubmit = async () => {
        const draft: EventDraft = {type: 'evidence.set', plugin: plugin.id, item: itemKey, field: def.key, value: value.trim()};
        const found = fieldErrors(intl, draft, {value: ['value', {label: def.label, invalid: intl.formatMessage(pm.evidenceEmpty)}]});
        if (found.value !== undefined) {
            setError(found.value);
            return;
        }
        if (await submitChecked(draft, (reason) => setError(reason ?? undefined))) {
            onClose();
        }
    };
    return (
        <InlineForm
            title={intl.formatMessage(pm.editEvidence, {field: def.label})}
            onSubmit={onSubmit}
            onClose={onClose}
            submitLabel={intl.formatMessage(pm.save)}
            busy={submitter.busy}
        >
            <TextField
                label={def.label}
                value={value}
                onChange={setValue}
                error={error}
                type={def.kind === 'url' ? 'url' : 'text'}
                multiline={def.kind === 'text'}
                autoFocus={true}
            />
            <div role='status'><Warning text={warning}/></div>
        </InlineForm>
    );
}

function Warning({text}: {text: string | null}): React.JSX.Element | null {
    return text === null ? null : (
        <span className='po-warn'>
            <i className='icon icon-alert-outline' aria-hidden='true'/>
            {text}
        </span>
    );
}
