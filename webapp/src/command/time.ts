// "since when" in replies: relative for reading at a glance, plus the UTC date for the record.
import {timeWords as w} from '../i18n/command_view_words';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "3 days", "5 hours", "under a minute": how long something has waited. */
export function duration(at: number, now: number): string {
    const age = Math.max(0, now - at);
    if (age < MINUTE) {
        return w.underAMinute;
    }
    if (age < HOUR) {
        return w.count(Math.floor(age / MINUTE), 'minute');
    }
    if (age < DAY) {
        return w.count(Math.floor(age / HOUR), 'hour');
    }
    return w.count(Math.floor(age / DAY), 'day');
}

export function relativeTime(at: number, now: number): string {
    return now - at < MINUTE ? w.justNow : w.ago(duration(at, now));
}

export function utcDate(at: number): string {
    const date = new Date(at);
    return Number.isNaN(date.getTime()) ? w.unknownDate : date.toISOString().slice(0, 10);
}

export function utcDateTime(at: number): string {
    const date = new Date(at);
    return Number.isNaN(date.getTime()) ? w.unknownTime : w.utc(date.toISOString().slice(0, 16).replace('T', ' '));
}

/** "3 days ago (2026-11-23)" */
export function since(at: number, now: number): string {
    return w.since(relativeTime(at, now), utcDate(at));
}
