import React, {useState} from 'react';
import {useIntl} from 'react-intl';

import {itemDef} from '../../domain/process';
import type {ItemKey} from '../../domain/process_types';
import {rhsPageMessages as pm} from '../../i18n/messages_rhs_page';
import {fieldErrors} from '../shared/draft_errors';

import {usePage} from './page_context';
import {TextField} from './text_field';
import {InlineForm} from './inline_form';

export function WaiveForm({itemKey, onClose}: {itemKey: ItemKey; onClose: () => void}): React.JSX.Element {
    const intl = useIntl();
    const {plugin, submitChecked, submitter} = usePage();
    const [reason, setReason] = useState('');
    const [error, setError] = useState<string | undefined>(undefined);
    const onSubmit = async () => {
        const draft = {type: 'waived', plugin: plugin.id, item: itemKey, reason: reason.trim()} as const;
        const found = fieldErrors(intl, draft, {reason: ['reason', {label: intl.formatMessage(pm.waiveReason), invalid: intl.formatMessage(pm.reasonRequired)}]});
        if (found.reason !== undefined) {
            setError(found.reason);
            return;
        }
        if (await submitChecked(draft, (reason) => setError(reason ?? undefined))) {
            onClose();
        }
    };
    return (
        <InlineForm
            title={intl.formatMessage(pm.waiveItem, {item: itemDef(itemKey).label})}
            onSubmit={onSubmit}
            onClose={onClose}
            submitLabel={intl.formatMessage(pm.waive)}
            busy={submitter.busy}
        >
            <TextField label={intl.formatMessage(pm.waiveReason)} value={reason} onChange={setReason} error={error} autoFocus={true}/>
        </InlineForm>
    );
}
