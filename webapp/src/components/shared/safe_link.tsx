import React from 'react';

import {isHttpUrl} from '../../domain/events';

/**
 * User-written values: a link only when it is an http(s) URL; anything else (javascript:, data:,
 * markup) is shown as the plain text it is.
 */
export function SafeLink({value, label}: {value: string; label?: string}): React.JSX.Element {
    if (isHttpUrl(value)) {
        return (
            <a className='po-link' href={value} target='_blank' rel='noopener noreferrer'>{label ?? value}</a>
        );
    }
    return <span className='po-text'>{value}</span>;
}
