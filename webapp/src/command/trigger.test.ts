import {matchTrigger} from './trigger';

describe('matchTrigger', () => {
    it.each([
        ['/plugin-onboard', ''],
        ['/plugin-onboard help', 'help'],
        ['/PLUGIN-ONBOARD help', 'help'],
        ['/Plugin-Onboard   status   github  ', 'status   github'],
        ['   /plugin-onboard list', 'list'],
        ['/plugin-onboard\tlist', 'list'],
        ['/plugin-onboard\nadd x', 'add x'],
    ])('matches %j with args %j', (message, args) => {
        expect(matchTrigger(message)).toEqual({args});
    });

    it.each([
        '/plugin-onboarding', '/plugin-onboarding help', '/plugin-onboard2', '/plugin-onboard2 help',
        '/plugin-onboard-x', '/plugin-onboard.', '/plugin', '/away', '/join town-square', 'hello /plugin-onboard',
        'plugin-onboard help', '', '   ', '//plugin-onboard',
    ])('passes %j through', (message) => {
        expect(matchTrigger(message)).toBeNull();
    });

    it('imports nothing, because it ships in main.js', async () => {
        const {readFile} = await import('node:fs/promises');
        const source = await readFile(`${__dirname}/trigger.ts`, 'utf8');
        expect(source).not.toMatch(/^\s*import\b/m);
        expect(source).not.toMatch(/require\(/);
        expect(source).not.toMatch(/^\s*export\b[^;]*\bfrom\b/m);
        expect(source).not.toMatch(/\bimport\s*\(/);
    });
});
