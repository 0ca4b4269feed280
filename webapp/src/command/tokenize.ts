// Shell-like splitting of the text after the trigger: whitespace separates, "…" and '…' (and the
// “…” a phone or macOS autocorrect inserts) group, a backslash escapes a quote or a backslash.
// URLs at the start of a token are taken whole, so a `'` or `"` inside a URL never opens a quote.
import {parseWords} from './words';

export interface Token {
    readonly text: string;
    /** An unquoted leading `--` makes a flag; `"--name"` is a plain word. */
    readonly flagLike: boolean;
    /** Index of the token's first character in the input, for messages. */
    readonly start: number;
}

export type TokenizeResult = {ok: true; tokens: Token[]} | {ok: false; message: string};

const CLOSING: Readonly<Record<string, string>> = {'"': '"', '\'': '\'', '“': '”'};
const URL_START = /^(--[A-Za-z][A-Za-z-]*=)?https?:\/\/\S*/i;

function isSpace(ch: string): boolean {
    return /\s/.test(ch);
}

export function tokenize(input: string): TokenizeResult {
    const tokens: Token[] = [];
    let i = 0;
    while (i < input.length) {
        const here = input.charAt(i);
        if (isSpace(here)) {
            i++;
            continue;
        }
        const start = i;
        const url = URL_START.exec(input.slice(i));
        if (url) {
            tokens.push({text: url[0], flagLike: url[0].startsWith('--'), start});
            i += url[0].length;
            continue;
        }
        let text = '';
        const flagLike = input.startsWith('--', i);
        while (i < input.length && !isSpace(input.charAt(i))) {
            const ch = input.charAt(i);
            const close = CLOSING[ch];
            if (close !== undefined) {
                const opened = i;
                i++;
                let closed = false;
                while (i < input.length) {
                    const inner = input.charAt(i);
                    if (inner === close || (ch === '“' && inner === '"')) {
                        closed = true;
                        i++;
                        break;
                    }
                    if (inner === '\\' && i + 1 < input.length && (input.charAt(i + 1) === close || input.charAt(i + 1) === '\\')) {
                        text += input.charAt(i + 1);
                        i += 2;
                        continue;
                    }
                    text += inner;
                    i++;
                }
                if (!closed) {
                    return {ok: false, message: parseWords.unclosedQuote(ch, opened + 1, close)};
                }
                continue;
            }
            if (ch === '\\' && i + 1 < input.length) {
                const next = input.charAt(i + 1);
                if (next === '"' || next === '\'' || next === '\\' || next === '“' || next === '”' || isSpace(next)) {
                    text += next;
                    i += 2;
                    continue;
                }
            }
            text += ch;
            i++;
        }
        tokens.push({text, flagLike, start});
    }
    return {ok: true, tokens};
}
