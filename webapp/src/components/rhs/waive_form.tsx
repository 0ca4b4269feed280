import React, {useId, useState} from 'react';
import {useIntl} from 'react-intl';

import {itemDef} from '../../domain/process';
import type {ItemKey} from '../../domain/process_types';
import {rhsMessages as m} from '../../i18n/messages_rhs';

import {usePage} from './page_context';
import {TextField} from './text_field';

export function WaiveForm({itemKey, onClose}: {itemKey: ItemKey; onClose: () => void}): React.JSX.Element {
    const intl = useIntl();
    const {plugin, verdict, submitter} = usePage();
    const [reason, setReason] = useState('');
    const [error, setError] = useState<string | undefined>(undefined);
    const titleId = useId();
    const onSubmit = async (e: React.FormEvent) => {
        e.preventDefault();
        const trimmed = reason.trim();
        if (trimmed === '') {
            setError(intl.formatMessage(m.reasonRequired));
            return;
        }
        const draft = {type: 'waived', plugin: plugin.id, item: itemKey, reason: trimmed} as const;
        const rejection = verdict(draft);
        setError(rejection?.message);
        if (!rejection && await submitter.submit(draft)) {
            onClose();
        }
    };
    return (
        <form
            className='po-form'
            aria-labelledby={titleId}
            noValidate={true}
            onSubmit={(e) => void onSubmit(e)}
            onKeyDown={(e) => {
                if (e.key === 'Escape') {
                    e.stopPropagation();
                    onClose();
                }
            }}
        >
            <span id={titleId} className='po-sr-only'>{intl.formatMessage(m.waiveItem, {item: itemDef(itemKey).label})}</span>
            <TextField label={intl.formatMessage(m.waiveReason)} value={reason} onChange={setReason} error={error} autoFocus={true}/>
            <div className='po-row'>
                <button type='submit' className='po-btn po-btn-primary' disabled={submitter.busy}>{intl.formatMessage(m.waive)}</button>
                <button type='button' className='po-btn' onClick={onClose}>{intl.formatMessage(m.cancel)}</button>
            </div>
        </form>
    );
}
