// Parsing and execution are total: whatever is typed, they answer, and every failure says something.
import fc from 'fast-check';

import {ITEMS} from '../domain';

import {GRAMMAR} from './grammar';
import {STAGE_ALIASES, STAGE_KEY_LIST} from './keys';
import {parse} from './parse';
import {runSlashCommand} from './run';
import {makeWorld, STANDARD_ROLES, USERNAMES} from './testing/world';
import {matchTrigger} from './trigger';

const PARSE_ARBITRARY_RUNS = 50_000;
const PARSE_SHAPED_RUNS = 50_000;
const EXECUTE_RUNS = 5_000;

const words: string[] = [
    ...GRAMMAR.map((spec) => spec.name), ...GRAMMAR.map((spec) => spec.name.slice(0, 2)),
    ...GRAMMAR.flatMap((spec) => spec.flags.map((flag) => `--${flag.name}`)),
    ...ITEMS.map((item) => item.key), ...ITEMS.flatMap((item) => item.substeps.map((substep) => `${item.key}.${substep.key}`)),
    ...ITEMS.flatMap((item) => item.evidence.map((field) => field.key)),
    ...STAGE_KEY_LIST, ...Object.keys(STAGE_ALIASES),
    'github', 'gitlab', 'Git', '@alice', '@bob,@carol-qa', '@nobody', 'v1.2.0', '1.2', 'MIT', 'Not-A-Licence',
    'https://github.com/mattermost/mattermost-plugin-github', 'http://x', 'ftp://example.com', 'javascript:alert(1)',
    '--', '-', '--=', '"', '\'', '“', '\\', '""', '"quoted words"', '--name="x y"', '--reason=', '.', 'qa.', '.setup',
];

const token = fc.oneof(
    {weight: 6, arbitrary: fc.constantFrom(...words)},
    {weight: 1, arbitrary: fc.string({maxLength: 12})},
    {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 8})},
);
const separator = fc.constantFrom(' ', '  ', '\t', '\n', '=', '', '\u00a0');
const shaped = fc.tuple(fc.array(fc.tuple(token, separator), {maxLength: 9})).map(([parts]) => parts.map(([text, sep]) => text + sep).join(''));

/** A plain predicate rather than expect(): fast enough for 100,000 runs. */
function parsesOrSaysWhy(input: string): boolean {
    const parsed = parse(input);
    return parsed.kind !== 'parse-error' || (parsed.message.trim() !== '' && !parsed.message.includes('internal error'));
}

describe('fuzz: parse never throws and every failure says something', () => {
    it(`${PARSE_ARBITRARY_RUNS} arbitrary strings`, () => {
        fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 80}), parsesOrSaysWhy), {numRuns: PARSE_ARBITRARY_RUNS});
    });

    it(`${PARSE_SHAPED_RUNS} grammar-shaped strings`, () => {
        fc.assert(fc.property(shaped, parsesOrSaysWhy), {numRuns: PARSE_SHAPED_RUNS});
    });

    it('matchTrigger only matches the /plugin-onboard token', () => {
        fc.assert(fc.property(fc.string({maxLength: 30}), shaped, (head, rest) => {
            const message = `${head} ${rest}`;
            const first = message.trim().split(/\s+/)[0] ?? '';
            return (matchTrigger(message) !== null) === (first.toLowerCase() === '/plugin-onboard');
        }), {numRuns: 5_000});
    });
});

describe('fuzz: execution never throws and every failure says something', () => {
    it(`${EXECUTE_RUNS} grammar-shaped commands as random users against a live tracker`, async () => {
        const world = makeWorld();
        await world.ok('admin', 'setup');
        await world.setPolicy(STANDARD_ROLES);
        await world.ok('alice', 'add github https://github.com/mattermost/mattermost-plugin-github --name GitHub --third-party');
        await fc.assert(fc.asyncProperty(fc.constantFrom(...USERNAMES), shaped, async (user, text) => {
            const outcome = await runSlashCommand(`/plugin-onboard ${text}`, world.context(user));
            expect(outcome).not.toBeNull();
            if (outcome?.kind === 'reply') {
                expect(outcome.markdown.trim()).not.toBe('');
            } else {
                expect(outcome?.message.trim()).not.toBe('');
                expect(outcome?.message).not.toMatch(/internal error|Something went wrong/);
            }
        }), {numRuns: EXECUTE_RUNS});
    }, 60_000);
});
