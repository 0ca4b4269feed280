// A post's message as the webapp shows it: Markdown rendered, not the raw text. The webapp formats
// messages with its marked fork (webapp/channels/src/utils/markdown/index.ts, formatWithRenderer:
// `sanitize: true` so raw HTML shows as text, GFM with tables, autolinked URLs, single newlines as
// line breaks), then links and highlights @-mentions (webapp/channels/src/utils/text_formatting.tsx,
// autolinkAtMentions and highlightCurrentMentions). Here markdown-it does the Markdown, with raw
// HTML off; the one rule added is the mention.
import MarkdownIt from 'markdown-it';

export interface RenderContext {
    /** The signed-in user's username: their mentions (and @channel, @all, @here) are highlighted. */
    readonly currentUsername: string;
}

// Mattermost usernames: lowercase letters, digits, '.', '-' and '_' (model/user.go, IsValidUsername);
// a trailing '.' ends the sentence rather than the name.
const MENTION = /^@([a-z0-9._-]+)/i;
const CHANNEL_WIDE = new Set(['channel', 'all', 'here']);

const md = new MarkdownIt({html: false, linkify: true, breaks: true});

md.inline.ruler.before('emphasis', 'mention', (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x40 /* @ */) {
        return false;
    }
    // Only at the start of a word: "name@example.com" is not a mention.
    const before = state.pos > 0 ? state.src[state.pos - 1] ?? '' : '';
    if (/[\p{L}\p{N}_.-]/u.test(before)) {
        return false;
    }
    const match = MENTION.exec(state.src.slice(state.pos));
    const name = match?.[1]?.replace(/\.+$/, '') ?? '';
    if (name === '') {
        return false;
    }
    if (!silent) {
        const token = state.push('mention', '', 0);
        token.content = name;
    }
    state.pos += name.length + 1;
    return true;
});

md.renderer.rules['mention'] = (tokens, idx, _options, env) => {
    const name = tokens[idx]?.content ?? '';
    const lower = name.toLowerCase();
    const current: unknown = env?.['currentUsername'];
    const highlight = (typeof current === 'string' && lower === current.toLowerCase()) || CHANNEL_WIDE.has(lower);
    const classes = highlight ? 'mention-link mention--highlight' : 'mention-link';
    return `<span class="${classes}" data-mention="${md.utils.escapeHtml(lower)}">@${md.utils.escapeHtml(name)}</span>`;
};

// Links open in a new tab, as the webapp's renderer makes external links.
md.renderer.rules['link_open'] = (tokens, idx, options, _env, self) => {
    const token = tokens[idx];
    token?.attrSet('target', '_blank');
    token?.attrSet('rel', 'noopener noreferrer');
    return self.renderToken(tokens, idx, options);
};

// The webapp wraps a table so that a wide one scrolls inside the post instead of widening it.
md.renderer.rules['table_open'] = () => '<div class="table-responsive"><table class="markdown__table">\n';
md.renderer.rules['table_close'] = () => '</table></div>\n';

/** The HTML of a message; everything in it came through markdown-it's escaping. */
export function renderMessage(message: string, context: RenderContext): string {
    return md.render(message, {currentUsername: context.currentUsername});
}
