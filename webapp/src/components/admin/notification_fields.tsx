// Whether the tracker's posts mention the people a step now waits on (so Mattermost notifies them),
// how many one post may mention, and the channel authors ask in for CI and deployments.
import React, {useId} from 'react';
import {useIntl} from 'react-intl';

import {adminMessages as m} from '../../i18n/messages_admin';

import {MAX_MENTIONS_LIMIT, type PolicyDraft} from './policy_draft';

export type NotificationDraft = Pick<PolicyDraft, 'mentions' | 'maxMentions' | 'integrationsChannel'>;

export interface NotificationFieldsProps {
    readonly draft: NotificationDraft;
    readonly invalid: {readonly maxMentions: boolean; readonly integrationsChannel: boolean};
    readonly disabled: boolean;
    readonly onChange: (change: Partial<NotificationDraft>) => void;
}

export function NotificationFields({draft, invalid, disabled, onChange}: NotificationFieldsProps): React.JSX.Element {
    const intl = useIntl();
    const capId = useId();
    const channelId = useId();
    return (
        <>
            <label className='po-row'>
                <input
                    type='checkbox'
                    checked={draft.mentions}
                    disabled={disabled}
                    onChange={(event) => onChange({mentions: event.target.checked})}
                />
                {intl.formatMessage(m.mentionsLabel)}
            </label>
            <div className='po-field'>
                <label htmlFor={capId}>{intl.formatMessage(m.maxMentionsLabel)}</label>
                <input
                    id={capId}
                    className='po-input'
                    type='number'
                    min={1}
                    max={MAX_MENTIONS_LIMIT}
                    value={draft.maxMentions}
                    disabled={disabled || !draft.mentions}
                    aria-invalid={invalid.maxMentions}
                    aria-describedby={invalid.maxMentions ? `${capId}-error` : undefined}
                    onChange={(event) => onChange({maxMentions: event.target.value})}
                />
                {invalid.maxMentions && <div id={`${capId}-error`} className='po-error'>{intl.formatMessage(m.maxMentionsInvalid, {max: MAX_MENTIONS_LIMIT})}</div>}
            </div>
            <div className='po-field'>
                <label htmlFor={channelId}>{intl.formatMessage(m.integrationsChannelLabel)}</label>
                <input
                    id={channelId}
                    className='po-input'
                    type='text'
                    value={draft.integrationsChannel}
                    disabled={disabled}
                    aria-invalid={invalid.integrationsChannel}
                    aria-describedby={invalid.integrationsChannel ? `${channelId}-error` : undefined}
                    onChange={(event) => onChange({integrationsChannel: event.target.value})}
                />
                {invalid.integrationsChannel && <div id={`${channelId}-error`} className='po-error'>{intl.formatMessage(m.integrationsChannelInvalid)}</div>}
            </div>
        </>
    );
}
