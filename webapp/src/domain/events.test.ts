// The URL shortcut in isHttpUrl may only ever say "certainly valid": wherever it matches, the URL
// parser must agree, or evidence and links that the schema refuses would be accepted.
import fc from 'fast-check';

import {CERTAIN_HTTP_URL, isHttpUrl, parsesAsHttpUrl as parsedAsHttp} from './events';

/** Strings made of the pieces that make URL parsing hard: hosts that are numbers, punycode, ports, user info, odd characters. */
const PIECES = ['http://', 'https://', 'HTTP://', 'a', 'z', 'Q', '0', '9', '1.2.3.4', '256', '0x1f', 'xn--', '-', '--', '.', '..', ':', ':65536', ':8080', '@', '/', '\\', '?', '#', '%', '%zz', '[', ']', '::1', ' ', '\t', '\n', 'é', '\u0000', '\u200b', 'ß', 'example', 'com'];
const urlish = fc.array(fc.constantFrom(...PIECES), {maxLength: 14}).map((parts) => parts.join(''));
const prefixed = fc.tuple(fc.constantFrom('http://', 'https://'), urlish).map(([scheme, rest]) => scheme + rest);

describe('CERTAIN_HTTP_URL', () => {
    it('matches only what the URL parser reads as http(s) with a host', () => {
        fc.assert(fc.property(fc.oneof(urlish, prefixed, fc.webUrl(), fc.string()), (value) => {
            if (CERTAIN_HTTP_URL.test(value)) {
                expect(parsedAsHttp(value)).toBe(true);
            }
            expect(isHttpUrl(value)).toBe(parsedAsHttp(value));
        }), {numRuns: 20_000});
    });

    it('takes the URLs people paste, and leaves the unusual ones to the parser', () => {
        for (const value of ['https://github.com/mattermost/mattermost-plugin-todo/pull/12', 'http://localhost:8065/', 'https://ci-extensions.example.com/?q=a%20b#top', 'https://a.b-c.d']) {
            expect(CERTAIN_HTTP_URL.test(value)).toBe(true);
        }
        for (const value of ['https://1.2.3.4/', 'https://xn--bcher-kva.example/', 'https://user@example.com/', 'https://example.com:99999/', 'https://exa mple.com/', 'https://[::1]/']) {
            expect(CERTAIN_HTTP_URL.test(value)).toBe(false);
        }
        expect(isHttpUrl('https://1.2.3.4/')).toBe(true);
        expect(isHttpUrl('https://1.2.3.400/')).toBe(false);
        expect(isHttpUrl('https://example.com:99999/')).toBe(false);
    });
});
