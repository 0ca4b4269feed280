// The team's GitHub Enterprise Server address, for the repository checks. Optional; only an http(s)
// URL is kept, since it becomes the base of every request the checks make.
import React, {useId} from 'react';
import {useIntl} from 'react-intl';

import {adminMessages as m} from '../../i18n/messages_admin';

export interface GithubFieldProps {
    readonly value: string;
    readonly invalid: boolean;
    readonly disabled: boolean;
    readonly onChange: (url: string) => void;
}

export function GithubField({value, invalid, disabled, onChange}: GithubFieldProps): React.JSX.Element {
    const intl = useIntl();
    const inputId = useId();
    const errorId = `${inputId}-error`;
    return (
        <div className='po-field'>
            <label htmlFor={inputId}>{intl.formatMessage(m.githubLabel)}</label>
            <input
                id={inputId}
                className='po-input'
                type='url'
                placeholder='https://github.example.com'
                value={value}
                disabled={disabled}
                aria-invalid={invalid}
                aria-describedby={invalid ? errorId : undefined}
                onChange={(event) => onChange(event.target.value)}
            />
            {invalid && (
                <div
                    id={errorId}
                    className='po-error'
                >
                    {intl.formatMessage(m.githubInvalid)}
                </div>
            )}
        </div>
    );
}
