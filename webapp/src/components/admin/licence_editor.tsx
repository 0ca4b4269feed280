// The licence allow-list. New ids must be known SPDX ids (stored in SPDX's own spelling), because
// the licence check compares a plugin's declared id with this list character for character.
import React, {useId, useRef, useState} from 'react';
import {useIntl} from 'react-intl';

import {adminMessages as m} from '../../i18n/messages_admin';

import {canonicalSpdxId} from './spdx';
import {Chips} from './chips';

export interface LicenceEditorProps {
    readonly licences: readonly string[];
    readonly disabled: boolean;
    readonly onChange: (licences: readonly string[]) => void;
}

export function LicenceEditor({licences, disabled, onChange}: LicenceEditorProps): React.JSX.Element {
    const intl = useIntl();
    const baseId = useId();
    const inputId = `${baseId}-input`;
    const errorId = `${baseId}-error`;
    const [term, setTerm] = useState('');
    const [error, setError] = useState<string | null>(null);
    // A removed chip takes its focused button with it: focus goes back to the box, not to the page.
    const input = useRef<HTMLInputElement>(null);

    const add = (): void => {
        const typed = term.trim();
        if (typed === '') {
            return;
        }
        const id = canonicalSpdxId(typed);
        if (id === null) {
            setError(intl.formatMessage(m.unknownSpdx, {id: typed}));
            return;
        }
        if (licences.includes(id)) {
            setError(intl.formatMessage(m.licenceListed, {id}));
            return;
        }
        onChange([...licences, id]);
        setTerm('');
        setError(null);
    };

    const shownError = error ?? (licences.length === 0 ? intl.formatMessage(m.noLicences) : null);

    return (
        <div className='po-stack'>
            <Chips
                label={intl.formatMessage(m.licencesTitle)}
                chips={licences.map((id) => ({key: id, label: id, removeLabel: intl.formatMessage(m.removeLicence, {id})}))}
                disabled={disabled}
                focusAfterRemove={input}
                onRemove={(id) => onChange(licences.filter((other) => other !== id))}
            />
            <div className='po-row'>
                <div className='po-admin-picker'>
                    <label
                        className='po-sr-only'
                        htmlFor={inputId}
                    >
                        {intl.formatMessage(m.addLicence)}
                    </label>
                    <input
                        ref={input}
                        id={inputId}
                        className='po-input'
                        type='text'
                        autoComplete='off'
                        placeholder={intl.formatMessage(m.addLicence)}
                        value={term}
                        disabled={disabled}
                        aria-invalid={shownError !== null}
                        aria-describedby={shownError === null ? undefined : errorId}
                        onChange={(event) => {
                            setTerm(event.target.value);
                            setError(null);
                        }}
                        onKeyDown={(event) => {
                            if (event.key === 'Enter') {
                                // Enter must never submit the System Console form around us.
                                event.preventDefault();
                                add();
                            }
                        }}
                    />
                </div>
                <button
                    type='button'
                    className='po-btn'
                    disabled={disabled}
                    onClick={add}
                >
                    <i
                        className='icon icon-plus'
                        aria-hidden='true'
                    />
                    {intl.formatMessage(m.addLicenceButton)}
                </button>
            </div>
            {shownError !== null && (
                <div
                    id={errorId}
                    className='po-error'
                    role='alert'
                >
                    {shownError}
                </div>
            )}
        </div>
    );
}
