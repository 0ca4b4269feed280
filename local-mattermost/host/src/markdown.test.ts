import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';

import {MarkdownMessage} from './markdown';

// (A .ts file, as the unit project runs: no JSX here.)
const render = (message: string, currentUsername = 'carol-qa') => renderToStaticMarkup(React.createElement(MarkdownMessage, {message, context: {currentUsername}}));

describe('a message as the webapp shows it', () => {
    test('Markdown escapes show the character, not the backslash', () => {
        expect(render('Release 1\\.0\\.0 of \\*github\\*')).toBe('<p>Release 1.0.0 of *github*</p>');
    });

    test('a table is a table, wrapped so that a wide one scrolls', () => {
        const html = render('| Plugin | Stage |\n|:--|--:|\n| GitHub | ci\\-extensions |');
        expect(html).toContain('<div class="table-responsive"><table class="markdown__table"><thead><tr><th style="text-align:left">Plugin</th>');
        expect(html).toContain('<td style="text-align:right">ci-extensions</td>');
        expect(html).not.toContain('|');
    });

    test('raw HTML stays text', () => {
        const html = render('<img src=x onerror="alert(1)"> <b>bold</b>');
        expect(html).not.toContain('<img');
        expect(html).not.toContain('<b>');
        expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    });

    test('links: http(s) and bare URLs become links that open in a new tab; script URLs and images do not load', () => {
        expect(render('[the repo](https://github.com/x/y)')).toBe('<p><a href="https://github.com/x/y" target="_blank" rel="noopener noreferrer">the repo</a></p>');
        expect(render('see https://example.com/a')).toContain('<a href="https://example.com/a"');
        expect(render('[x](javascript:alert(1))')).not.toContain('<a');
        expect(render('![logo](https://example.com/x.png)')).toBe('<p><a href="https://example.com/x.png" target="_blank" rel="noopener noreferrer">logo</a></p>');
    });

    test('mentions are marked, and the reader\'s own (and channel-wide ones) highlighted', () => {
        const html = render('@alice asks @carol-qa and @all.');
        expect(html).toContain('<span class="mention-link" data-mention="alice">@alice</span>');
        expect(html).toContain('<span class="mention-link mention--highlight" data-mention="carol-qa">@carol-qa</span>');
        expect(html).toContain('<span class="mention-link mention--highlight" data-mention="all">@all</span>.');
    });

    test('an address or code is not a mention', () => {
        expect(render('mail alice@example.com')).not.toContain('mention-link');
        expect(render('`@alice`')).toBe('<p><code>@alice</code></p>');
    });

    test('lists, code blocks and single line breaks', () => {
        expect(render('Not recorded.\n- one\n- two')).toBe('<p>Not recorded.</p><ul><li>one</li><li>two</li></ul>');
        expect(render('a\nb')).toBe('<p>a<br/>b</p>');
        expect(render('```\n<b>x</b>\n```')).toBe('<pre><code>&lt;b&gt;x&lt;/b&gt;\n</code></pre>');
    });
});
