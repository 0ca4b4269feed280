// The three environment URLs. Only http(s) URLs are accepted: they are rendered as links on every
// checklist, so anything else (javascript:, file:) must never reach the log.
import React, {useId} from 'react';
import {useIntl} from 'react-intl';

import {STAGES} from '../../domain/process';
import type {StageKey} from '../../domain/process_types';
import {adminMessages as m} from '../../i18n/messages_admin';

export interface EnvironmentFieldsProps {
    readonly environments: Readonly<Record<StageKey, string>>;
    readonly invalid: readonly StageKey[];
    readonly disabled: boolean;
    readonly onChange: (stage: StageKey, url: string) => void;
}

export function EnvironmentFields({environments, invalid, disabled, onChange}: EnvironmentFieldsProps): React.JSX.Element {
    const intl = useIntl();
    const baseId = useId();
    return (
        <div className='po-stack'>
            {STAGES.map((stage) => {
                const inputId = `${baseId}-${stage.key}`;
                const errorId = `${inputId}-error`;
                const bad = invalid.includes(stage.key);
                return (
                    <div
                        key={stage.key}
                        className='po-field'
                    >
                        <label htmlFor={inputId}>{intl.formatMessage(m.environmentLabel, {stage: stage.environment.name})}</label>
                        <input
                            id={inputId}
                            className='po-input'
                            type='url'
                            value={environments[stage.key]}
                            disabled={disabled}
                            aria-invalid={bad}
                            aria-describedby={bad ? errorId : undefined}
                            onChange={(event) => onChange(stage.key, event.target.value)}
                        />
                        {bad && (
                            <div
                                id={errorId}
                                className='po-error'
                            >
                                {intl.formatMessage(m.invalidUrl)}
                            </div>
                        )}
                    </div>
                );
            })}
        </div>
    );
}
