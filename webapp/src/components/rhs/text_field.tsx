import React, {useId} from 'react';

/** A labelled input whose validation message is tied to it for screen readers. */
export function TextField({label, value, onChange, error, type = 'text', autoFocus = false, multiline = false}: {
    label: string;
    value: string;
    onChange: (value: string) => void;
    error?: string | undefined;
    type?: 'text' | 'url';
    autoFocus?: boolean;
    multiline?: boolean;
}): React.JSX.Element {
    const id = useId();
    const errorId = `${id}-error`;
    const common = {
        id,
        className: 'po-input',
        value,
        autoFocus,
        'aria-invalid': error !== undefined,
        'aria-describedby': error === undefined ? undefined : errorId,
    };
    return (
        <div className='po-field'>
            <label htmlFor={id}>{label}</label>
            {multiline ? (
                <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)}/>
            ) : (
                <input {...common} type={type} onChange={(e) => onChange(e.target.value)}/>
            )}
            {error !== undefined && <span id={errorId} className='po-error'>{error}</span>}
        </div>
    );
}
