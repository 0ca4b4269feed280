import React, {useState} from 'react';
import {useIntl} from 'react-intl';

import type {EventDraft} from '../../domain/events';
import type {Rejection} from '../../domain/tracker_state';
import {itemDef} from '../../domain/process';
import type {ItemKey, SlotDef} from '../../domain/process_types';
import {slotsFor} from '../../domain/slots';
import {rhsPageMessages as pm} from '../../i18n/messages_rhs_page';
import {fieldErrors} from '../shared/draft_errors';
import {ACTOR_LABEL} from '../shared/labels';
import {RelativeTime} from '../shared/relative_time';

import {ActionButton} from './action_button';
import {ReasonText} from './reason_text';
import {usePage} from './page_context';
import {RoleHolders} from './role_holders';
import {TextField} from './text_field';
import {InlineForm} from './inline_form';

export function SignOffSlot({itemKey, def}: {itemKey: ItemKey; def: SlotDef}): React.JSX.Element {
    const intl = useIntl();
    const {plugin, author, verdict, submitter, userName} = usePage();
    const [open, setOpen] = useState(false);
    const signOff = plugin.items[itemKey].signOffs[def.key];
    // Several items have a slot of the same name (three are the Integrations team's): each button
    // names its item too, so a screen reader's list of buttons tells them apart.
    const item = itemDef(itemKey).label;

    if (signOff) {
        const withdraw: EventDraft = {type: 'signoff.withdrawn', plugin: plugin.id, item: itemKey, slot: def.key};
        const mayWithdraw = signOff.by === author.userId && verdict(withdraw) === null;
        return (
            <li className='po-stack' style={{gap: 2}}>
                <span className='po-row'>
                    <i className='icon icon-check-circle po-ok' aria-hidden='true'/>
                    <strong>{def.label}</strong>
                    <span>{intl.formatMessage(pm.slotSigned, {user: userName(signOff.by), when: <RelativeTime key='t' at={signOff.at}/>})}</span>
                    {signOff.release !== null && <span className='po-muted'>{intl.formatMessage(pm.slotRelease, {release: signOff.release})}</span>}
                </span>
                {signOff.note !== '' && <span className='po-text po-muted'>{signOff.note}</span>}
                {signOff.substituteReason !== null && <span className='po-text po-muted'>{intl.formatMessage(pm.slotSubstitute, {reason: signOff.substituteReason})}</span>}
                {mayWithdraw && (
                    <span>
                        <button
                            type='button'
                            className='po-btn po-btn-danger'
                            aria-label={intl.formatMessage(pm.withdrawSignOff, {slot: def.label, item})}
                            onClick={() => void submitter.submit(withdraw)}
                        >
                            {intl.formatMessage(pm.withdraw)}
                        </button>
                    </span>
                )}
            </li>
        );
    }

    const base: EventDraft = {type: 'signoff.given', plugin: plugin.id, item: itemKey, slot: def.key};
    const plain = verdict(base);
    // The complete review may need a substitute's reason; the form asks for it, so a refusal that a
    // reason would lift must not disable the button.
    const takesSubstitute = slotsFor(itemKey).takesSubstitute;
    const withReason = takesSubstitute && plain ? verdict({...base, substituteReason: 'preflight'}) : plain;
    return (
        <li className='po-stack' style={{gap: 4}}>
            <span className='po-row'>
                <i className='icon icon-shield-outline' aria-hidden='true'/>
                <strong>{def.label}</strong>
                <span className='po-muted'>{intl.formatMessage(pm.slotEmpty, {role: intl.formatMessage(ACTOR_LABEL[def.role])})}</span>
            </span>
            <RoleHolders role={def.role}/>
            {open ? (
                <SignOffForm base={base} askReason={takesSubstitute && plain !== null && withReason === null} title={intl.formatMessage(pm.signOffAsFor, {slot: def.label, item})} onClose={() => setOpen(false)}/>
            ) : (
                <span>
                    <ActionButton
                        primary={true}
                        label={intl.formatMessage(pm.signOff)}
                        ariaLabel={intl.formatMessage(pm.signOffAsFor, {slot: def.label, item})}
                        rejection={withReason}
                        onClick={() => setOpen(true)}
                    />
                </span>
            )}
        </li>
    );
}

function SignOffForm({base, askReason, title, onClose}: {base: EventDraft & {type: 'signoff.given'}; askReason: boolean; title: string; onClose: () => void}): React.JSX.Element {
    const intl = useIntl();
    const {submitChecked, submitter} = usePage();
    const [note, setNote] = useState('');
    const [reason, setReason] = useState('');
    const [refusal, setRefusal] = useState<Rejection | null>(null);
    const [errors, setErrors] = useState<{note?: string; reason?: string}>({});
    const noteLabel = intl.formatMessage(pm.signOffNote);
    const reasonLabel = intl.formatMessage(pm.substituteReason);
    const onSubmit = async () => {
        const draft: EventDraft = {
            ...base,
            ...(note.trim() === '' ? {} : {note: note.trim()}),
            ...(reason.trim() === '' ? {} : {substituteReason: reason.trim()}),
        };
        const found = fieldErrors(intl, draft, {note: ['note', {label: noteLabel}], substituteReason: ['reason', {label: reasonLabel}]});
        setErrors(found);
        if (Object.keys(found).length > 0) {
            return;
        }
        if (await submitChecked(draft, (_reason, rejection) => setRefusal(rejection))) {
            onClose();
        }
    };
    return (
        <InlineForm
            title={title}
            onSubmit={onSubmit}
            onClose={onClose}
            submitLabel={intl.formatMessage(pm.confirmSignOff)}
            busy={submitter.busy}
        >
            <TextField label={noteLabel} value={note} onChange={setNote} error={errors.note} multiline={true} autoFocus={true}/>
            {askReason && <TextField label={reasonLabel} value={reason} onChange={setReason} error={errors.reason}/>}
            {refusal !== null && <div className='po-error' role='alert'><ReasonText rejection={refusal}/></div>}
        </InlineForm>
    );
}
