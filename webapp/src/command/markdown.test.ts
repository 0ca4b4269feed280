import {parse} from './parse';
import {code, ECHO_LIMIT} from './markdown';

describe('echoing what a user typed', () => {
    test('inline code shows a text whole up to the limit, which every text the plugin writes fits', () => {
        const command = `/plugin-onboard signoff ${'a'.repeat(190)} complete-review --security`;
        expect(command.length).toBeLessThanOrEqual(ECHO_LIMIT);
        expect(code(command)).toBe(`\`${command}\``);
    });

    test('a longer text is cut, saying how long it was', () => {
        expect(code('x'.repeat(10_000))).toBe(`\`${'x'.repeat(40)}…\` (10,000 characters)`);
    });

    test('a 10,000-character command is not echoed whole in its error', () => {
        const long = 'x'.repeat(10_000);
        for (const args of [long, `add ${long} https://example.com/r`, `check github ${long}`, `add abc https://example.com/r --${long}`]) {
            const result = parse(args);
            expect('kind' in result && result.kind === 'parse-error' ? result.message.length : 0).toBeGreaterThan(0);
            expect(JSON.stringify(result).length).toBeLessThan(1_000);
        }
    });
});
