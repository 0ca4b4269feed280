import React, {useId} from 'react';

/** A labelled input whose validation message is tied to it for screen readers. */
export function TextField({label, value, onChange, error, hint, type = 'text', autoFocus = false, multiline = false}: {
    label: string;
    /** A line under the field that it is described by (what an empty value means, say). */
    hint?: string;
    value: string;
    onChange: (value: string) => void;
    error?: string | undefined;
    type?: 'text' | 'url';
    autoFocus?: boolean;
    multiline?: boolean;
}): React.JSX.Element {
    const id = useId();
    const errorId = `${id}-error`;
    const hintId = `${id}-hint`;
    const describedBy = [hint === undefined ? '' : hintId, error === undefined ? '' : errorId].filter((part) => part !== '').join(' ');
    const common = {
        id,
        className: 'po-input',
        value,
        autoFocus,
        'aria-invalid': error !== undefined,
        'aria-describedby': describedBy === '' ? undefined : describedBy,
    };
    return (
        <div className='po-field'>
            <label htmlFor={id}>{label}</label>
            {multiline ? (
                <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)}/>
            ) : (
                <input {...common} type={type} onChange={(e) => onChange(e.target.value)}/>
            )}
            {hint !== undefined && <span id={hintId} className='po-muted'>{hint}</span>}
            {error !== undefined && <span id={errorId} className='po-error'>{error}</span>}
        </div>
    );
}
