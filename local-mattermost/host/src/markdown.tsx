// A post's message as the webapp shows it: Markdown rendered, not the raw text. The webapp formats
// messages with its marked fork (webapp/channels/src/utils/markdown/index.ts, formatWithRenderer:
// `sanitize: true` so raw HTML shows as text, GFM with tables, autolinked URLs, single newlines as
// line breaks), links and highlights @-mentions (webapp/channels/src/utils/text_formatting.tsx,
// autolinkAtMentions and highlightCurrentMentions), and turns the result into React elements
// (messageHtmlToComponent) rather than setting HTML. Here markdown-it parses, with raw HTML off and
// one added rule for mentions, and its tokens become React elements of an allow-list of tags.
import MarkdownIt from 'markdown-it';
import React from 'react';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

export interface RenderContext {
    /** The signed-in user's username: their mentions (and @channel, @all, @here) are highlighted. */
    readonly currentUsername: string;
}

// Mattermost usernames: lowercase letters, digits, '.', '-' and '_' (server/public/model/user.go,
// IsValidUsername); a trailing '.' ends the sentence rather than the name.
const MENTION = /^@([a-z0-9._-]+)/i;
const CHANNEL_WIDE = new Set(['channel', 'all', 'here']);

const md = new MarkdownIt({html: false, linkify: true});

md.inline.ruler.before('emphasis', 'mention', (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x40 /* @ */) {
        return false;
    }
    // Only at the start of a word: "name@example.com" is not a mention.
    const before = state.pos > 0 ? state.src[state.pos - 1] ?? '' : '';
    if (/[\p{L}\p{N}_.-]/u.test(before)) {
        return false;
    }
    const name = MENTION.exec(state.src.slice(state.pos))?.[1]?.replace(/\.+$/, '') ?? '';
    if (name === '') {
        return false;
    }
    if (!silent) {
        state.push('mention', '', 0).content = name;
    }
    state.pos += name.length + 1;
    return true;
});

/** The tags a message may produce; anything else renders its content as text. */
const TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'strong', 'em', 's', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

function attr(token: Token, name: string): string | null {
    const value = token.attrGet(name);
    return value === null ? null : String(value);
}

function safeHref(href: string | null): string | null {
    return href !== null && /^(https?:|mailto:)/i.test(href) ? href : null;
}

function leaf(token: Token, key: number, context: RenderContext): React.ReactNode {
    switch (token.type) {
    case 'text': return token.content;
    case 'inline': return <React.Fragment key={key}>{build(token.children ?? [], context)}</React.Fragment>;
    // Single newlines break lines, as in Mattermost.
    case 'softbreak':
    case 'hardbreak': return <br key={key}/>;
    case 'code_inline': return <code key={key}>{token.content}</code>;
    case 'code_block':
    case 'fence': return <pre key={key}><code>{token.content}</code></pre>;
    case 'hr': return <hr key={key}/>;
    case 'image': {
        const src = safeHref(attr(token, 'src'));
        const alt = token.content || src || '';
        return src === null ? alt : <a key={key} href={src} target='_blank' rel='noopener noreferrer'>{alt}</a>;
    }
    case 'mention': {
        const lower = token.content.toLowerCase();
        const own = lower === context.currentUsername.toLowerCase() || CHANNEL_WIDE.has(lower);
        return (
            <span
                key={key}
                className={own ? 'mention-link mention--highlight' : 'mention-link'}
                data-mention={lower}
            >
                {`@${token.content}`}
            </span>
        );
    }
    default: return token.content;
    }
}

function element(open: Token, children: React.ReactNode[], key: number): React.ReactNode {
    // A tight list's paragraphs are hidden: their text sits in the list item directly.
    if (open.hidden || !TAGS.has(open.tag)) {
        return <React.Fragment key={key}>{children}</React.Fragment>;
    }
    if (open.tag === 'a') {
        const href = safeHref(attr(open, 'href'));
        return href === null ? <React.Fragment key={key}>{children}</React.Fragment> : <a key={key} href={href} target='_blank' rel='noopener noreferrer'>{children}</a>;
    }
    if (open.tag === 'table') {
        // The webapp wraps a table so that a wide one scrolls inside the post instead of widening it.
        return <div key={key} className='table-responsive'><table className='markdown__table'>{children}</table></div>;
    }
    const align = /text-align:(left|right|center)/.exec(attr(open, 'style') ?? '')?.[1];
    const start = open.tag === 'ol' ? Number(attr(open, 'start') ?? '1') : undefined;
    return React.createElement(open.tag, {key, ...(align === undefined ? {} : {style: {textAlign: align}}), ...(start === undefined || start === 1 ? {} : {start})}, ...children);
}

function build(tokens: readonly Token[], context: RenderContext): React.ReactNode[] {
    const root: React.ReactNode[] = [];
    const stack: {open: Token; children: React.ReactNode[]}[] = [];
    tokens.forEach((token, key) => {
        const siblings = stack[stack.length - 1]?.children ?? root;
        if (token.nesting === 1) {
            stack.push({open: token, children: []});
        } else if (token.nesting === -1) {
            const frame = stack.pop();
            if (frame) {
                (stack[stack.length - 1]?.children ?? root).push(element(frame.open, frame.children, key));
            }
        } else {
            siblings.push(leaf(token, key, context));
        }
    });
    return root;
}

/** A message as React elements: text is text (React escapes it), tags come only from the allow-list. */
export function MarkdownMessage({message, context}: {message: string; context: RenderContext}): React.JSX.Element {
    return <>{build(md.parse(message, {}), context)}</>;
}
