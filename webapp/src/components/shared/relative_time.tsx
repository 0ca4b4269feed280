import React from 'react';
import {type IntlShape, useIntl} from 'react-intl';

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
    ['year', 365 * 24 * 3600 * 1000],
    ['month', 30 * 24 * 3600 * 1000],
    ['week', 7 * 24 * 3600 * 1000],
    ['day', 24 * 3600 * 1000],
    ['hour', 3600 * 1000],
    ['minute', 60 * 1000],
];

/** The largest whole unit: "3 days ago", "in 2 hours", "now". */
export function relativeParts(at: number, now: number): {value: number; unit: Intl.RelativeTimeFormatUnit} {
    const diff = at - now;
    for (const [unit, ms] of UNITS) {
        if (Math.abs(diff) >= ms) {
            return {value: Math.trunc(diff / ms), unit};
        }
    }
    return {value: 0, unit: 'second'};
}

export function useFormatRelative(): (at: number) => string {
    const intl = useIntl();
    return (at: number) => {
        const {value, unit} = relativeParts(at, Date.now());
        return intl.formatRelativeTime(value, unit, {numeric: 'auto'});
    };
}

/** The absolute form, "Jan 5, 2026, 3:04 PM": reads right at any age, unlike "3 days ago". */
export function formatWhen(intl: IntlShape, at: number): string {
    return intl.formatDate(at, {dateStyle: 'medium', timeStyle: 'short'});
}

export function RelativeTime({at}: {at: number}): React.JSX.Element {
    const format = useFormatRelative();
    const intl = useIntl();
    return (
        <time dateTime={new Date(at).toISOString()} title={formatWhen(intl, at)}>
            {format(at)}
        </time>
    );
}
