import {renderMessage} from './markdown';

const render = (message: string, currentUsername = 'carol-qa') => renderMessage(message, {currentUsername});

describe('a message as the webapp shows it', () => {
    test('Markdown escapes show the character, not the backslash', () => {
        expect(render('Release 1\\.0\\.0 of \\*github\\*')).toBe('<p>Release 1.0.0 of *github*</p>\n');
    });

    test('a table is a table, wrapped so that a wide one scrolls', () => {
        const html = render('| Plugin | Stage |\n|---|---|\n| GitHub | ci\\-extensions |');
        expect(html).toContain('<div class="table-responsive"><table class="markdown__table">');
        expect(html).toContain('<th>Plugin</th>');
        expect(html).toContain('<td>ci-extensions</td>');
        expect(html).not.toContain('|');
    });

    test('raw HTML stays text', () => {
        const html = render('<img src=x onerror="alert(1)"> <b>bold</b>');
        expect(html).not.toContain('<img');
        expect(html).not.toContain('<b>');
        expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    });

    test('links: http(s) and bare URLs become links that open in a new tab; script URLs do not', () => {
        expect(render('[the repo](https://github.com/x/y)')).toBe('<p><a href="https://github.com/x/y" target="_blank" rel="noopener noreferrer">the repo</a></p>\n');
        expect(render('see https://example.com/a')).toContain('<a href="https://example.com/a"');
        expect(render('[x](javascript:alert(1))')).not.toContain('<a');
    });

    test('mentions are marked, and the reader\'s own (and channel-wide ones) highlighted', () => {
        const html = render('@alice asks @carol-qa and @all.');
        expect(html).toContain('<span class="mention-link" data-mention="alice">@alice</span>');
        expect(html).toContain('<span class="mention-link mention--highlight" data-mention="carol-qa">@carol-qa</span>');
        expect(html).toContain('<span class="mention-link mention--highlight" data-mention="all">@all</span>.');
    });

    test('an address or code is not a mention', () => {
        expect(render('mail alice@example.com')).not.toContain('mention-link');
        expect(render('`@alice`')).toBe('<p><code>@alice</code></p>\n');
    });

    test('lists and single line breaks', () => {
        expect(render('Not recorded.\n- one\n- two')).toBe('<p>Not recorded.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n');
        expect(render('a\nb')).toBe('<p>a<br>\nb</p>\n');
    });
});
