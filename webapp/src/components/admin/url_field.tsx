// One URL the policy holds (an environment, the GitHub Enterprise Server). Only http(s) URLs are
// accepted: they are rendered as links or used as request bases, so javascript:, file: and the like
// must never reach the log. The field says why it is refused, to screen readers too.
import React, {useId} from 'react';

export interface UrlFieldProps {
    readonly label: string;
    readonly value: string;
    /** The message shown while the value is refused; null while it is accepted. */
    readonly error: string | null;
    readonly disabled: boolean;
    readonly placeholder?: string;
    readonly onChange: (url: string) => void;
}

export function UrlField({label, value, error, disabled, placeholder, onChange}: UrlFieldProps): React.JSX.Element {
    const inputId = useId();
    const errorId = `${inputId}-error`;
    return (
        <div className='po-field'>
            <label htmlFor={inputId}>{label}</label>
            <input
                id={inputId}
                className='po-input'
                type='url'
                placeholder={placeholder}
                value={value}
                disabled={disabled}
                aria-invalid={error !== null}
                aria-describedby={error !== null ? errorId : undefined}
                onChange={(event) => onChange(event.target.value)}
            />
            {error !== null && (
                <div
                    id={errorId}
                    className='po-error'
                >
                    {error}
                </div>
            )}
        </div>
    );
}
