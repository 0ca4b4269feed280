// Everything a user wrote is echoed through these, so a name like `*x*` or `[a](b)` stays text.
// Plain text uses the domain's escaping (the same the post messages use).
import {escapeMarkdown, isHttpUrl} from '../domain';

export {escapeMarkdown};

/** Inline code that cannot be broken out of, whatever the text holds. */
export function code(text: string): string {
    const clean = text.replace(/\r?\n/g, ' ');
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
