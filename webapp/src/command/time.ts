// "since when" in replies: relative for reading at a glance, plus the UTC date for the record.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function plural(count: number, unit: string): string {
    return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** "3 days", "5 hours", "under a minute": how long something has waited. */
export function duration(at: number, now: number): string {
    const age = Math.max(0, now - at);
    if (age < MINUTE) {
        return 'under a minute';
    }
    if (age < HOUR) {
        return plural(Math.floor(age / MINUTE), 'minute');
    }
    if (age < DAY) {
        return plural(Math.floor(age / HOUR), 'hour');
    }
    return plural(Math.floor(age / DAY), 'day');
}

export function relativeTime(at: number, now: number): string {
    return now - at < MINUTE ? 'just now' : `${duration(at, now)} ago`;
}

export function utcDate(at: number): string {
    const date = new Date(at);
    return Number.isNaN(date.getTime()) ? 'an unknown date' : date.toISOString().slice(0, 10);
}

export function utcDateTime(at: number): string {
    const date = new Date(at);
    return Number.isNaN(date.getTime()) ? 'unknown time' : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "3 days ago (2026-11-23)" */
export function since(at: number, now: number): string {
    return `${relativeTime(at, now)} (${utcDate(at)})`;
}
