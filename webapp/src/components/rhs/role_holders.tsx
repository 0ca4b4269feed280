// Who holds a role, beside each sign-off and role-gated sub-step: someone without the role then sees
// whom to ask, instead of learning it only from a refused click.
import React from 'react';
import {useIntl} from 'react-intl';

import type {RoleKey} from '../../domain/process_types';
import {rhsMessages as m} from '../../i18n/messages_rhs';
import {ACTOR_LABEL} from '../shared/labels';

import {usePage} from './page_context';

export function RoleHolders({role}: {role: RoleKey}): React.JSX.Element {
    const intl = useIntl();
    const {state, userName} = usePage();
    const label = intl.formatMessage(ACTOR_LABEL[role]);
    const holders = state.policy.roles[role];
    let text: string;
    if (!state.policy.configured) {
        text = intl.formatMessage(m.heldByAdmins, {role: label});
    } else if (holders.length === 0) {
        text = intl.formatMessage(m.heldByNobody, {role: label});
    } else {
        text = intl.formatMessage(m.heldBy, {role: label, names: holders.map(userName).join(', ')});
    }
    return (
        <span className='po-muted po-holders'>
            <i className='icon icon-account-multiple-outline' aria-hidden='true'/>
            {text}
        </span>
    );
}
