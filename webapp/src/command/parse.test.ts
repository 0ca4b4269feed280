import {LIMITS} from '../domain/events';

import {GRAMMAR, specOf, usage} from './grammar';
import {parse, type ParsedCommand} from './parse';

const REPO = 'https://github.com/mattermost/mattermost-plugin-github';

describe('parse: every subcommand', () => {
    it.each<[string, ParsedCommand]>([
        ['', {kind: 'help', topic: null}],
        ['--help', {kind: 'help', topic: null}],
        ['help', {kind: 'help', topic: null}],
        ['help sig', {kind: 'help', topic: 'signoff'}],
        ['status github --help', {kind: 'help', topic: 'status'}],
        [`add github ${REPO}`, {kind: 'add', pluginId: 'github', repoUrl: REPO, name: null, owners: [], thirdPartyService: false, mattermostOwned: false}],
        [`ADD github ${REPO} --name "Git Hub" --owner @Alice --owner bob,@carol --third-party --mattermost-owned`,
            {kind: 'add', pluginId: 'github', repoUrl: REPO, name: 'Git Hub', owners: ['alice', 'bob', 'carol'], thirdPartyService: true, mattermostOwned: true}],
        [`add github ${REPO} --name=Hub --third`, {kind: 'add', pluginId: 'github', repoUrl: REPO, name: 'Hub', owners: [], thirdPartyService: true, mattermostOwned: false}],
        ['list', {kind: 'list', stage: null, mine: false, waitingOnMe: false}],
        ['list --stage ci --mine --waiting-on-me', {kind: 'list', stage: 'ci-extensions', mine: true, waitingOnMe: true}],
        ['li --st=release --wait', {kind: 'list', stage: 'ci-extensions-release', mine: false, waitingOnMe: true}],
        ['list --stage ci-release', {kind: 'list', stage: 'ci-extensions-release', mine: false, waitingOnMe: false}],
        ['list --stage community', {kind: 'list', stage: 'community', mine: false, waitingOnMe: false}],
        ['status "Git Hub"', {kind: 'status', plugin: 'Git Hub'}],
        ['st github', {kind: 'status', plugin: 'github'}],
        ['check github basic-review.introduction', {kind: 'check', plugin: 'github', item: 'basic-review', substep: 'introduction'}],
        ['check github qa.setup', {kind: 'check', plugin: 'github', item: 'qa-pass', substep: 'setup-docs'}],
        ['check github release', {kind: 'check', plugin: 'github', item: 'release', substep: 'request-release-ci'}],
        ['uncheck github pm-ux-review.use-cases', {kind: 'uncheck', plugin: 'github', item: 'pm-ux-review', substep: 'list-use-cases'}],
        ['sig github basic-review', {kind: 'signoff', plugin: 'github', item: 'basic-review', slot: 'signoff', note: null, substituteReason: null}],
        ['signoff github complete-review', {kind: 'signoff', plugin: 'github', item: 'complete-review', slot: 'reviewer', note: null, substituteReason: null}],
        ['signoff github complete --security --note "all good"', {kind: 'signoff', plugin: 'github', item: 'complete-review', slot: 'security', note: 'all good', substituteReason: null}],
        ['signoff github complete-review --substitute "on leave"', {kind: 'signoff', plugin: 'github', item: 'complete-review', slot: 'reviewer', note: null, substituteReason: 'on leave'}],
        ['signoff github complete-review --security --substitute "away"', {kind: 'signoff', plugin: 'github', item: 'complete-review', slot: 'security', note: null, substituteReason: 'away'}],
        ['withdraw github qa-pass --note oops', {kind: 'withdraw', plugin: 'github', item: 'qa-pass', slot: 'signoff', note: 'oops'}],
        ['withdraw github complete-review --security', {kind: 'withdraw', plugin: 'github', item: 'complete-review', slot: 'security', note: null}],
        ['evidence github basic intro https://example.com/post', {kind: 'evidence', plugin: 'github', item: 'basic-review', field: 'introduction-post', value: 'https://example.com/post'}],
        ['evidence github licence spdx MIT', {kind: 'evidence', plugin: 'github', item: 'licence', field: 'spdx', value: 'MIT'}],
        ['evidence github pm summary Does   things "kept  spaced"', {kind: 'evidence', plugin: 'github', item: 'pm-ux-review', field: 'summary', value: 'Does things kept  spaced'}],
        ['waive github qa-pass.test-account --reason "no third party"', {kind: 'waive', plugin: 'github', item: 'qa-pass', substep: 'test-account', reason: 'no third party'}],
        ['waive github pm-ux-review --reason=internal', {kind: 'waive', plugin: 'github', item: 'pm-ux-review', substep: null, reason: 'internal'}],
        ['release github v1.2.0 https://example.com/r', {kind: 'release', plugin: 'github', version: 'v1.2.0', url: 'https://example.com/r'}],
        ['release github 1.2.0-rc.1+b5 http://example.com/r', {kind: 'release', plugin: 'github', version: '1.2.0-rc.1+b5', url: 'http://example.com/r'}],
        ['deploy github ci-extensions', {kind: 'deploy', plugin: 'github', stage: 'ci-extensions', note: null}],
        ['deploy github comm --note done', {kind: 'deploy', plugin: 'github', stage: 'community', note: 'done'}],
        ['history github', {kind: 'history', plugin: 'github'}],
        ['report', {kind: 'report'}],
        ['open', {kind: 'open', plugin: null}],
        ['open github', {kind: 'open', plugin: 'github'}],
        ['setup', {kind: 'setup', fresh: false}],
        ['setup --new', {kind: 'setup', fresh: true}],
        ['list --stag ci', {kind: 'list', stage: 'ci-extensions', mine: false, waitingOnMe: false}],
        ['status -- --odd-name', {kind: 'status', plugin: '--odd-name'}],
    ])('%j', (input, expected) => {
        expect(parse(input)).toEqual(expected);
    });

    it('parses every example in the grammar to its own subcommand', () => {
        for (const spec of GRAMMAR) {
            for (const example of spec.examples) {
                const parsed = parse(example);
                expect({example, kind: parsed.kind}).toEqual({example, kind: spec.name});
            }
        }
    });
});

describe('parse: errors say what is wrong and show the usage', () => {
    it.each<[string, RegExp]>([
        ['frob', /^Unknown command `frob`\..*Valid: `help`, `add`/],
        ['statsu github', /Unknown command `statsu`\. Did you mean `status`\?/],
        ['h', /Command `h` is ambiguous: it could be `help`, `history`/],
        ['re', /ambiguous: it could be `release`, `report`/],
        ['w github qa-pass', /ambiguous: it could be `withdraw`, `waive`/],
        ['add "open', /Unclosed quote/],
        ['status', /Missing `<plugin>`/],
        ['add github', /Missing `<repo-url>`/],
        ['add github ftp://example.com/x', /`ftp:\/\/example\.com\/x` is not a web address: use a full http:\/\/ or https:\/\/ URL/],
        ['add github javascript:alert(1)', /is not a web address/],
        ['add gh https://example.com', /`gh` is not a plugin id/],
        ['add github https://example.com --owner "@"', /is not a username/],
        ['add github https://example.com --name ""', /`--name` is empty/],
        ['add github https://example.com --name', /`--name` needs a value/],
        ['add github https://example.com --name --third-party', /`--name` needs a value/],
        ['add github https://example.com --third-party=yes', /`--third-party` takes no value/],
        ['add github https://example.com --name a --name b', /`--name` is given twice/],
        [`add github https://example.com --name ${'x'.repeat(121)}`, /`--name` is longer than 120 characters/],
        ['list --bogus', /Unknown option `--bogus` for `list`/],
        ['-- status', /Unknown command `--`/],
        ['list --stage qa', /Unknown stage `qa`/],
        ['status github --mine', /`status` takes no options/],
        ['status github extra', /Unexpected `extra`: `status` takes one argument/],
        ['report now', /Unexpected `now`: `report` takes no arguments/],
        ['check github qa-passs.setup-docs', /Unknown item `qa-passs`\. Did you mean `qa-pass`\? Valid: `basic-review`/],
        ['signoff github qa_pass', /Unknown item `qa_pass`\. Did you mean `qa-pass`\?/],
        ['signoff github re', /Item `re` is ambiguous: it could be `release`, `release-qa`/],
        ['check github qa-pass.nope', /Unknown sub-step `nope` of `qa-pass`\..*Valid: `setup-docs`/],
        ['check github qa-pass', /Which sub-step of `qa-pass`\? One of `qa-pass\.setup-docs`/],
        ['check github licence', /`licence` has no sub-steps to check: it is done when signed off/],
        ['uncheck github licence.x', /Item `licence` has no sub-steps/],
        ['signoff github qa-pass.setup-docs', /name the item without a sub-step/],
        ['signoff github licence --security', /`--security` is only for `complete-review`/],
        ['signoff github qa-pass --substitute x', /`--substitute` is only for `complete-review` \(either slot\)/],
        ['withdraw github licence --security', /`--security` is only for `complete-review`/],
        ['evidence github basic-review introduction-post not-a-url', /Introduction post must be a web address/],
        ['evidence github licence spdx "Not A Licence"', /is not an SPDX licence id/],
        ['evidence github licence nope MIT', /Unknown evidence field `nope` of `licence`/],
        ['evidence github complete-review', /Missing `<field>`/],
        ['evidence github pm summary', /Missing `<value>`/],
        ['waive github qa-pass', /Missing `--reason`/],
        ['waive github qa-pass --reason "  "', /`--reason` is empty/],
        ['release github 1.2 https://example.com', /`1\.2` is not a release version/],
        ['release github v1.2.0 example.com', /is not a web address/],
        ['deploy github ci-ext', /Stage `ci-ext` is ambiguous: it could be `ci-extensions`, `ci-extensions-release`/],
        ['deploy github comunity', /Unknown stage `comunity`\. Did you mean `community`\?/],
        ['help frob', /Unknown command `frob`/],
        ['open a b', /Unexpected `b`/],
        ['setup now', /Unexpected `now`/],
    ])('%j', (input, pattern) => {
        const parsed = parse(input);
        expect(parsed.kind).toBe('parse-error');
        const message = parsed.kind === 'parse-error' ? parsed.message : '';
        expect(message).toMatch(pattern);
    });

    it('shows the usage line of the recognised command', () => {
        const parsed = parse('deploy github');
        expect(parsed).toEqual({kind: 'parse-error', message: `Missing \`<stage>\`.\nUsage: \`${usage(specOf('deploy'))}\``});
    });

    it('points to help when no command was recognised', () => {
        const parsed = parse('frob');
        expect(parsed.kind === 'parse-error' && parsed.message).toMatch(/Type `\/plugin-onboard help` to see the commands\.$/);
    });
});

describe('parse: the event schema alone judges lengths and counts, and its objection names the argument', () => {
    const EMOJI = '\u{1F600}';
    const USERS = Array.from({length: LIMITS.owners + 1}, (_, i) => `@user${i}`).join(',');
    // Every limit of the schema that a command can reach, by the command that reaches it.
    it.each<[keyof typeof LIMITS, string, string]>([
        ['url', `add github https://example.com/${'x'.repeat(LIMITS.url)}`, '`<repo-url>` is longer than 2048 characters.'],
        ['url', `release github v1.0.0 https://example.com/${'x'.repeat(LIMITS.url)}`, '`<url>` is longer than 2048 characters.'],
        ['name', `add github https://example.com --name "${'n'.repeat(LIMITS.name + 1)}"`, '`--name` is longer than 120 characters.'],
        ['owners', `add github https://example.com --owner ${USERS}`, 'Too many `--owner`: at most 20.'],
        ['note', `signoff github qa-pass --note "${'n'.repeat(LIMITS.note + 1)}"`, '`--note` is longer than 2000 characters.'],
        ['note', `withdraw github qa-pass --note "${'n'.repeat(LIMITS.note + 1)}"`, '`--note` is longer than 2000 characters.'],
        ['note', `deploy github community --note "${'n'.repeat(LIMITS.note + 1)}"`, '`--note` is longer than 2000 characters.'],
        ['reason', `signoff github complete-review --substitute "${'r'.repeat(LIMITS.reason + 1)}"`, '`--substitute` is longer than 2000 characters.'],
        ['reason', `waive github qa-pass --reason "${'r'.repeat(LIMITS.reason + 1)}"`, '`--reason` is longer than 2000 characters.'],
        ['reason', `accept 4xg1abcdqpf8jrk5c9x3mz7nty --reason "${'r'.repeat(LIMITS.reason + 1)}"`, '`--reason` is longer than 2000 characters.'],
        ['evidence', `evidence github pm summary "${'e'.repeat(LIMITS.evidence + 1)}"`, '`<value>` is longer than 4000 characters.'],
    ])('%s: %#', (_limit, input, message) => {
        const parsed = parse(input);
        expect(parsed.kind === 'parse-error' && parsed.message.split('\n')[0]).toBe(message);
    });

    it('a value at the limit is taken', () => {
        expect(parse(`signoff github qa-pass --note "${'n'.repeat(LIMITS.note)}"`)).toMatchObject({kind: 'signoff', note: 'n'.repeat(LIMITS.note)});
        expect(parse(`add github https://example.com --owner ${USERS.split(',').slice(1).join(',')}`)).toMatchObject({kind: 'add'});
    });

    it('counts characters as the schema does, in code points: 1500 emoji are a 1500-character note', () => {
        const note = EMOJI.repeat(1500);
        expect(note.length).toBe(3000);
        expect(parse(`signoff github qa-pass --note "${note}"`)).toEqual({kind: 'signoff', plugin: 'github', item: 'qa-pass', slot: 'signoff', note, substituteReason: null});
        const name = EMOJI.repeat(LIMITS.name);
        expect(parse(`add github https://example.com --name "${name}"`)).toMatchObject({kind: 'add', name});
        const over = parse(`signoff github qa-pass --note "${EMOJI.repeat(LIMITS.note + 1)}"`);
        expect(over.kind === 'parse-error' && over.message).toMatch(/^`--note` is longer than 2000 characters\./);
    });

    it('says what the schema refuses beyond limits, of the flag that carries it', () => {
        const parsed = parse('add github https://example.com --name "Git\u202eHub"');
        expect(parsed.kind === 'parse-error' && parsed.message).toMatch(/^`--name` is not valid: it must not contain invisible or direction-changing characters\./);
    });
});
