// Why the fold refuses something, as a short first line and, when the reason is a list (what a
// gate still needs), a real list under it rather than one run-on sentence.
import React from 'react';

import type {Rejection} from '../../domain/tracker_state';

export function ReasonText({rejection}: {rejection: Rejection}): React.JSX.Element {
    if (rejection.list === undefined) {
        return <>{rejection.message}</>;
    }
    return (
        <>
            <span>{rejection.list.lead}</span>
            <ul className='po-reasons'>
                {rejection.list.items.map((item, i) => <li key={i}>{item}</li>)}
            </ul>
        </>
    );
}

/**
 * A refusal said inside a sentence ("Rejected: {reason}", "… was not recorded after all: {reason}"):
 * the sentence holds the reason's first line, and what it lists follows as a real list.
 */
export function FramedReason({rejection, frame}: {rejection: Rejection; frame: (reason: string) => string}): React.JSX.Element {
    return (
        <>
            <span>{frame(rejection.list?.lead ?? rejection.message)}</span>
            {rejection.list !== undefined && (
                <ul className='po-reasons'>
                    {rejection.list.items.map((item, i) => <li key={i}>{item}</li>)}
                </ul>
            )}
        </>
    );
}
