// The panel's small forms (evidence, sign-off, release, waiver, new plugin): named for screen
// readers, Enter submits, Escape closes without closing the panel around it.
import React, {useId, type ReactNode} from 'react';

export function InlineForm({title, heading = false, onSubmit, onClose, children}: {
    title: string;
    /** Show the title as the form's heading; otherwise it only names the form for screen readers. */
    heading?: boolean;
    onSubmit: () => Promise<void>;
    onClose: () => void;
    children: ReactNode;
}): React.JSX.Element {
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
        </form>
    );
}
