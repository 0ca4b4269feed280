// The panel's small forms (evidence, sign-off, release, waiver, new plugin): named for screen
// readers, Enter submits, Escape closes without closing the panel around it, and the same submit and
// Cancel buttons at the bottom of each.
import React, {useId, type ReactNode} from 'react';
import {useIntl} from 'react-intl';

import {rhsPageMessages as pm} from '../../i18n/messages_rhs_page';

export function InlineForm({title, heading = false, submitLabel, busy, onSubmit, onClose, children}: {
    title: string;
    /** Show the title as the form's heading; otherwise it only names the form for screen readers. */
    heading?: boolean;
    submitLabel: string;
    /** A submission is under way: the submit button waits for it. */
    busy: boolean;
    onSubmit: () => Promise<void>;
    onClose: () => void;
    children: ReactNode;
}): React.JSX.Element {
    const intl = useIntl();
    const titleId = useId();
    return (
        <form
            className='po-form'
            aria-labelledby={titleId}
            noValidate={true}
            onSubmit={(e) => {
                e.preventDefault();
                void onSubmit();
            }}
            onKeyDown={(e) => {
                if (e.key === 'Escape') {
                    e.stopPropagation();
                    onClose();
                }
            }}
        >
            {heading ? <h3 id={titleId}>{title}</h3> : <span id={titleId} className='po-sr-only'>{title}</span>}
            {children}
            <div className='po-row'>
                <button type='submit' className='po-btn po-btn-primary' disabled={busy}>{submitLabel}</button>
                <button type='button' className='po-btn' onClick={onClose}>{intl.formatMessage(pm.cancel)}</button>
            </div>
        </form>
    );
}
