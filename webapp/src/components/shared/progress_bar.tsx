import React from 'react';

/** A thin bar with the numbers exposed to assistive technology. */
export function ProgressBar({done, total, label}: {done: number; total: number; label: string}): React.JSX.Element {
    const percent = total === 0 ? 100 : Math.round((done / total) * 100);
    const partial = done < total;
    return (
        <div
            className={partial ? 'po-progress po-partial' : 'po-progress'}
            role='progressbar'
            aria-label={label}
            aria-valuemin={0}
            aria-valuemax={total}
            aria-valuenow={done}
        >
            <span style={{width: `${percent}%`}}/>
        </div>
    );
}
