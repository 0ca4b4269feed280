// A removable list of values (licence ids, role holders). Removing one returns focus to the box
// where values are added, so a keyboard user never loses their place.
import React, {type ReactNode, type RefObject} from 'react';

export interface Chip {
    key: string;
    label: string;
    removeLabel: string;
}

export function Chips({label, chips, empty, disabled, focusAfterRemove, onRemove}: {
    label: string;
    chips: readonly Chip[];
    empty?: ReactNode;
    disabled: boolean;
    focusAfterRemove: RefObject<HTMLInputElement | null>;
    onRemove: (key: string) => void;
}): React.JSX.Element {
    return (
        <ul className='po-admin-chips' aria-label={label}>
            {chips.length === 0 && empty !== undefined && <li className='po-muted'>{empty}</li>}
            {chips.map((chip) => (
                <li key={chip.key}>
                    <span>{chip.label}</span>
                    <button
                        type='button'
                        className='po-admin-chip-remove'
                        disabled={disabled}
                        aria-label={chip.removeLabel}
                        onClick={() => {
                            onRemove(chip.key);
                            focusAfterRemove.current?.focus();
                        }}
                    >
                        <i className='icon icon-close' aria-hidden='true'/>
                    </button>
                </li>
            ))}
        </ul>
    );
}
