// The three environment URLs. Only http(s) URLs are accepted: they are rendered as links on every
// checklist, so anything else (javascript:, file:) must never reach the log.
import React from 'react';
import {useIntl} from 'react-intl';

import {STAGES} from '../../domain/process';
import type {StageKey} from '../../domain/process_types';
import {adminMessages as m} from '../../i18n/messages_admin';

import {UrlField} from './url_field';

export interface EnvironmentFieldsProps {
    readonly environments: Readonly<Record<StageKey, string>>;
    readonly invalid: readonly StageKey[];
    readonly disabled: boolean;
    readonly onChange: (stage: StageKey, url: string) => void;
}

export function EnvironmentFields({environments, invalid, disabled, onChange}: EnvironmentFieldsProps): React.JSX.Element {
    const intl = useIntl();
    return (
        <div className='po-stack'>
            {STAGES.map((stage) => (
                <UrlField
                    key={stage.key}
                    label={intl.formatMessage(m.environmentLabel, {stage: stage.environment.name})}
                    value={environments[stage.key]}
                    error={invalid.includes(stage.key) ? intl.formatMessage(m.invalidUrl) : null}
                    disabled={disabled}
                    onChange={(url) => onChange(stage.key, url)}
                />
            ))}
        </div>
    );
}
