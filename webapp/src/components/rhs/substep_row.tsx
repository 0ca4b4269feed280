import React, {useId} from 'react';
import {useIntl} from 'react-intl';

import type {ItemKey, SubStepDef} from '../../domain/process_types';
import {rhsPageMessages as pm} from '../../i18n/messages_rhs_page';

import {usePage} from './page_context';
import {ReasonText} from './reason_text';
import {RoleHolders} from './role_holders';

export function SubStepRow({itemKey, def}: {itemKey: ItemKey; def: SubStepDef}): React.JSX.Element {
    const intl = useIntl();
    const {plugin, verdict, submitter, pending} = usePage();
    const reasonId = useId();
    const sub = plugin.items[itemKey].substeps.find((s) => s.key === def.key);
    const status = sub?.status ?? 'open';
    if (status === 'not-applicable') {
        return (
            <li className='po-check po-muted'>
                <i className='icon icon-minus-circle-outline' aria-hidden='true'/>
                <span>
                    <s>{def.label}</s>
                    {' '}
                    {intl.formatMessage(pm.substepNotApplicable, {reason: sub?.notApplicableReason ?? ''})}
                </span>
            </li>
        );
    }
    // Optimistic: a check on its way shows at once; if it fails the fold's state shows again (and the
    // pending list says why, with Retry).
    const sending = pending.find(({event, status: sendStatus}) => sendStatus === 'sending' &&
        (event.type === 'substep.checked' || event.type === 'substep.unchecked') &&
        event.plugin === plugin.id && event.item === itemKey && event.substep === def.key);
    const checked = sending ? sending.event.type === 'substep.checked' : status === 'checked';
    const draft = {type: checked ? 'substep.unchecked' : 'substep.checked', plugin: plugin.id, item: itemKey, substep: def.key} as const;
    const rejection = sending ? null : verdict(draft);
    // A box this user may not tick looks disabled and, on focus or hover, says why (the description
    // screen readers read); a sub-step only a role may tick names who holds it.
    const off = rejection !== null;
    return (
        <li className='po-stack po-gated' style={{gap: 2}}>
            <label className={off ? 'po-check po-check-off' : 'po-check'}>
                <input
                    type='checkbox'
                    checked={checked}
                    aria-disabled={rejection || sending ? 'true' : undefined}
                    aria-busy={sending ? 'true' : undefined}
                    aria-describedby={rejection ? reasonId : undefined}
                    onChange={() => {
                        if (!rejection && !sending) {
                            void submitter.submit(draft);
                        }
                    }}
                />
                <span>
                    {rejection?.code === 'not-permitted' && <i className='icon icon-lock-outline' aria-hidden='true'/>}
                    {def.label}
                </span>
            </label>
            {def.checkedBy !== 'author' && <span className='po-check-note'><RoleHolders role={def.checkedBy}/></span>}
            {rejection && <div id={reasonId} className='po-why po-check-note'><ReasonText rejection={rejection}/></div>}
        </li>
    );
}
