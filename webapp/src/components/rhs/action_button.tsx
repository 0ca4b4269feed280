import React, {useId} from 'react';

import type {Rejection} from '../../domain/tracker_state';

import {ReasonText} from './reason_text';

/**
 * A button the fold may refuse. When refused it looks disabled and stays focusable (so keyboard and
 * screen-reader users can learn why) but does nothing; the reason is its description. A missing role
 * is written out only while the button has focus or the pointer (and always for screen readers):
 * written out under every button, a page seen by someone without the role would be mostly "Only …
 * can …", and the role's holders are shown beside each sign-off anyway. What a gate still needs is
 * shown to everyone.
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
            <span className='po-stack po-gated' style={{gap: 2}}>
                <span>
                    <button
                        type='button'
                        className={classes}
                        aria-disabled='true'
                        aria-label={ariaLabel}
                        aria-describedby={reasonId}
                        onClick={(e) => e.preventDefault()}
                    >
                        {rejection.code === 'not-permitted' && <i className='icon icon-lock-outline' aria-hidden='true'/>}
                        {label}
                    </button>
                </span>
                <div id={reasonId} className={rejection.code === 'not-permitted' ? 'po-why' : 'po-muted'}><ReasonText rejection={rejection}/></div>
            </span>
        );
    }
    return <button type='button' className={classes} aria-label={ariaLabel} onClick={onClick}>{label}</button>;
}
