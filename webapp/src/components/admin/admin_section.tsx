// One titled box of the System Console page: a region named by its heading, so screen readers can
// jump between sections, with an optional line of help under the title.
import React, {useId} from 'react';

export function AdminSection({title, help, children}: {title: string; help?: string; children?: React.ReactNode}): React.JSX.Element {
    const titleId = useId();
    return (
        <section
            className='po-admin-section'
            aria-labelledby={titleId}
        >
            <h3 id={titleId}>{title}</h3>
            {help !== undefined && <p className='po-muted'>{help}</p>}
            {children}
        </section>
    );
}
