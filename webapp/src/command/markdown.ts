// Everything a user wrote is echoed through these, so a name like `*x*` or `[a](b)` stays text.
// Plain text uses the domain's escaping (the same the post messages use).
import {isHttpUrl} from '../domain/events';
import {escapeMarkdown} from '../domain/markdown';

export {escapeMarkdown};

/**
 * How much of a text inline code shows. Everything the plugin writes in code (a plugin id of up to 190
 * characters inside a suggested command) fits; what a user typed is echoed only this far, so a
 * 10,000-character argument does not come back whole in its error.
 */
export const ECHO_LIMIT = 256;

/** Inline code that cannot be broken out of, whatever the text holds; a longer text is cut, saying how long it was. */
export function code(text: string): string {
    const whole = text.replace(/\r?\n/g, ' ');
    if (whole.length > ECHO_LIMIT) {
        return `${code(`${whole.slice(0, 40)}…`)} (${whole.length.toLocaleString('en-US')} characters)`;
    }
    const clean = whole;
    let fence = '`';
    while (clean.includes(fence)) {
        fence += '`';
    }
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}

/** A link only for http(s) URLs; anything else is shown as escaped text. */
export function link(url: string, label?: string): string {
    if (!isHttpUrl(url)) {
        return escapeMarkdown(url);
    }
    const target = url.replace(/[()<>\s]/g, (ch) => encodeURIComponent(ch));
    return `[${escapeMarkdown(label ?? url)}](${target})`;
}

/** Table cells also break on `|` and newlines; escapeMarkdown handles both. */
export const cell = escapeMarkdown;
