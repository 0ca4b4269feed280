import React, {useId} from 'react';

import type {Rejection} from '../../domain/tracker_state';

/**
 * A button the fold may refuse. When refused it stays focusable (so keyboard and screen-reader users
 * can learn why) but does nothing, and the reason is its description and tooltip. A missing role is
 * said only there and by a lock icon: written out under every button, a page seen by someone without
 * the role would be mostly "Only … can …". What a gate still needs is shown to everyone.
 */
export function ActionButton({label, rejection, onClick, primary = false, danger = false, ariaLabel}: {
    label: string;
    rejection: Rejection | null;
    onClick: () => void;
    primary?: boolean;
    danger?: boolean;
    ariaLabel?: string;
}): React.JSX.Element {
    const reasonId = useId();
    const classes = ['po-btn', primary ? 'po-btn-primary' : '', danger ? 'po-btn-danger' : ''].filter((c) => c !== '').join(' ');
    if (rejection) {
        return (
            <span className='po-stack' style={{gap: 2}}>
                <span>
                    <button
                        type='button'
                        className={classes}
                        aria-disabled='true'
                        aria-label={ariaLabel}
                        aria-describedby={reasonId}
                        title={rejection.message}
                        onClick={(e) => e.preventDefault()}
                    >
                        {rejection.code === 'not-permitted' && <i className='icon icon-lock-outline' aria-hidden='true'/>}
                        {label}
                    </button>
                </span>
                <span id={reasonId} className={rejection.code === 'not-permitted' ? 'po-sr-only' : 'po-muted'}>{rejection.message}</span>
            </span>
        );
    }
    return <button type='button' className={classes} aria-label={ariaLabel} onClick={onClick}>{label}</button>;
}
