// Event fields are user text that ends up in post messages rendered as Markdown. Escaping keeps a
// plugin name or a note from becoming a link, an image, a heading, HTML or a mention.
import {isHttpUrl} from './events';

const SPECIALS = /[\\`*_{}[\]()#+\-.!|<>~:&"']/g;

/** One line of literal text: Markdown specials escaped, newlines folded, mentions defused. */
export function escapeMarkdown(text: string): string {
    return text
        .replace(/[\r\n\t]+/g, ' ')
        .replace(SPECIALS, (char) => `\\${char}`)
        // A zero-width joiner after @ keeps "@channel" in a note from notifying anyone.
        .replace(/@/g, '@\u200d');
}

/**
 * A URL printed as a link only when it is http(s); anything else is shown as escaped text. Every
 * "@" is percent-encoded: Mattermost finds mentions in the raw message, URLs included, so
 * "https://example.com/@channel" would otherwise notify the whole channel.
 */
export function markdownUrl(url: string): string {
    if (!isHttpUrl(url)) {
        return escapeMarkdown(url);
    }
    const href = new URL(url).href.replace(/[()[\]<>*_~`|\\!'" @]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return href;
}

/** "@alice", keeping only username characters so the mention cannot carry Markdown. */
export function mention(username: string): string {
    const clean = username.replace(/[^A-Za-z0-9._-]/g, '');
    return clean ? `@${clean}` : 'someone';
}
