import {tokenize} from './tokenize';

function texts(input: string): string[] {
    const result = tokenize(input);
    if (!result.ok) {
        throw new Error(result.message);
    }
    return result.tokens.map((token) => token.text);
}

describe('tokenize', () => {
    it.each([
        ['a b  c', ['a', 'b', 'c']],
        ['add x "My Plugin"', ['add', 'x', 'My Plugin']],
        ['say \'single quoted\' ok', ['say', 'single quoted', 'ok']],
        ['"say \\"hi\\""', ['say "hi"']],
        ['\'it\\\'s\'', ['it\'s']],
        ['--name="My Plugin" --note=x', ['--name=My Plugin', '--note=x']],
        ['pre"fix quoted"post', ['prefix quotedpost']],
        ['“smart quotes”', ['smart quotes']],
        ['a\\ b', ['a b']],
        ['C:\\path\\x', ['C:\\path\\x']],
        ['@alice,@bob', ['@alice,@bob']],
        ['""', ['']],
        ['', []],
        ['  \t ', []],
    ])('%j → %j', (input, expected) => {
        expect(texts(input)).toEqual(expected);
    });

    it('keeps URLs whole, quotes and all', () => {
        expect(texts('release x v1.0.0 https://example.com/it\'s?a="b"&c=d#e')).toEqual(['release', 'x', 'v1.0.0', 'https://example.com/it\'s?a="b"&c=d#e']);
        expect(texts('--url=https://example.com/a\'b')).toEqual(['--url=https://example.com/a\'b']);
    });

    it('marks only unquoted leading -- as flags', () => {
        const result = tokenize('--mine "--mine" x--y --');
        expect(result.ok && result.tokens.map((token) => token.flagLike)).toEqual([true, false, false, true]);
    });

    it.each(['add "unclosed', 'x \'open', '“never closed', '"escaped at end\\"'])('reports an unclosed quote in %j', (input) => {
        const result = tokenize(input);
        expect(result.ok).toBe(false);
        expect(!result.ok && result.message).toMatch(/Unclosed quote/);
    });
});
