import React from 'react';

/** Placeholder shapes while the tracker loads: never a blank panel or card. */
export function Skeleton({label, blocks = 3}: {label: string; blocks?: number}): React.JSX.Element {
    return (
        <div className='po-stack' role='status' aria-live='polite' aria-busy='true'>
            <span className='po-sr-only'>{label}</span>
            <div className='po-skeleton' style={{width: '40%'}} aria-hidden='true'/>
            {Array.from({length: blocks}, (_, i) => (
                <div key={i} className='po-skeleton-block' aria-hidden='true'/>
            ))}
        </div>
    );
}
