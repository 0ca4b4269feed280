// The policy every client applies right now, as folded from the log — not the admin's unsaved edits.
import React from 'react';
import {useIntl} from 'react-intl';

import {STAGES} from '../../domain/process';
import {ROLE_KEYS} from '../../domain/process_types';
import type {PolicyState} from '../../domain/tracker_state';
import {adminMessages as m} from '../../i18n/messages_admin';
import {formatWhen} from '../shared/relative_time';

import {roleLabel} from './role_label';

export interface PolicyInForceProps {
    readonly policy: PolicyState;
    readonly userName: (userId: string) => string;
}

export function PolicyInForce({policy, userName}: PolicyInForceProps): React.JSX.Element {
    const intl = useIntl();
    return (
        <div className='po-stack'>
            <p className='po-muted'>
                {policy.stamp ? intl.formatMessage(m.inForceBy, {name: userName(policy.stamp.by), when: formatWhen(intl, policy.stamp.at)}) : intl.formatMessage(m.inForceDefaults)}
            </p>
            <dl className='po-admin-dl'>
                {ROLE_KEYS.map((role) => (
                    <React.Fragment key={role}>
                        <dt>{roleLabel(intl, role)}</dt>
                        <dd>{policy.roles[role].length > 0 ? policy.roles[role].map(userName).join(', ') : intl.formatMessage(m.emptyRole)}</dd>
                    </React.Fragment>
                ))}
                <dt>{intl.formatMessage(m.licencesTitle)}</dt>
                <dd>{policy.licences.join(', ')}</dd>
                {STAGES.map((stage) => (
                    <React.Fragment key={stage.key}>
                        <dt>{stage.environment.name}</dt>
                        <dd>{policy.environments[stage.key]}</dd>
                    </React.Fragment>
                ))}
                <dt>{intl.formatMessage(m.githubTitle)}</dt>
                <dd>{policy.githubEnterpriseUrl ?? intl.formatMessage(m.githubNone)}</dd>
            </dl>
        </div>
    );
}
