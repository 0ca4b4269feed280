// Who holds a role, beside each sign-off and role-gated sub-step: someone without the role then sees
// whom to ask, instead of learning it only from a refused click.
import React from 'react';
import {useIntl} from 'react-intl';

import type {RoleKey} from '../../domain/process_types';
import {handoffMessages as h} from '../../i18n/messages_handoff';
import {rhsPageMessages as pm} from '../../i18n/messages_rhs_page';
import {ACTOR_LABEL} from '../shared/labels';

import {usePage} from './page_context';
import {useTrackerMembers} from './use_tracker_members';

/** A holder, marked when they are not in the tracker channel: Mattermost notifies only its members of mentions there. */
function Holder({name, member}: {name: string; member: boolean}): React.JSX.Element {
    const intl = useIntl();
    if (member) {
        return <>{name}</>;
    }
    return (
        <>
            {name}
            <span className='po-warn po-not-member'>
                {' '}
                <i
                    className='icon icon-bell-off-outline'
                    aria-hidden='true'
                />
                {intl.formatMessage(h.notInTracker)}
            </span>
        </>
    );
}

export function RoleHolders({role}: {role: RoleKey}): React.JSX.Element {
    const intl = useIntl();
    const {teamId, state, userName} = usePage();
    const members = useTrackerMembers(teamId, state.policy);
    const label = intl.formatMessage(ACTOR_LABEL[role]);
    const holders = state.policy.roles[role];
    let text: React.ReactNode;
    if (!state.policy.configured) {
        text = intl.formatMessage(pm.heldByAdmins, {role: label});
    } else if (holders.length === 0) {
        text = intl.formatMessage(pm.heldByNobody, {role: label});
    } else {
        const names = holders.map((id, index) => (
            <React.Fragment key={id}>
                {index > 0 && ', '}
                <Holder
                    name={userName(id)}
                    member={members === null || members.has(id)}
                />
            </React.Fragment>
        ));
        text = intl.formatMessage(pm.heldBy, {role: label, names: <>{names}</>});
    }
    return (
        <span className='po-muted po-holders'>
            <i className='icon icon-account-multiple-outline' aria-hidden='true'/>
            {/* One flex item: the names and their marks wrap as one line of text. */}
            <span>{text}</span>
        </span>
    );
}
