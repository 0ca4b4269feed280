// main.js is paid by every user on every page load, so it must hold the registrations and nothing
// of what loads on first use. Each marker below is a string only one lazily loaded module holds:
// the test checks that the module still holds it (so the marker cannot go stale), that the built
// chunks carry it (so it survives minification and the module really is bundled), and that main.js
// does not. Importing e.g. the domain or zod into plugin.ts makes it fail.
import fs from 'node:fs';
import path from 'node:path';

import {repoRoot as repo} from './harness/paths';

const mainJs = path.join(repo, 'webapp/dist/main.js');
const chunkDir = path.join(repo, 'webapp/dist/public');

interface Marker {
    readonly what: string;
    /** Where the marker comes from: a source file of ours or a dependency's file. */
    readonly source: string;
    readonly marker: string;
}

const LAZY_MARKERS: readonly Marker[] = [
    {what: 'the Mattermost storage adapter', source: 'webapp/src/storage/mattermost/adapter.ts', marker: 'the server answered with a different post'},
    {what: 'zod (core schemas)', source: 'node_modules/zod/v4/core/schemas.js', marker: '$ZodType'},
    {what: 'zod (checks)', source: 'node_modules/zod/v4/core/checks.js', marker: 'invalid_type'},
    {what: 'the fold\'s refusals (a rejection message)', source: 'webapp/src/i18n/refusal_words.ts', marker: 'The basic reviewer should be one of the two complete reviewers'},
    {what: 'the process definition', source: 'webapp/src/domain/process.ts', marker: 'Deploy to ci-extensions-release'},
    {what: 'the event schemas', source: 'webapp/src/domain/events.ts', marker: 'onboard_event'},
    {what: 'the tracker session\'s user errors', source: 'webapp/src/i18n/storage_error_words.ts', marker: 'Your change is kept unsent'},
    {what: 'the RHS strings', source: 'webapp/src/i18n/messages_rhs.ts', marker: 'plugin-onboard.rhs.panel-title'},
    {what: 'the post card strings', source: 'webapp/src/i18n/messages_card.ts', marker: 'plugin-onboard.card.unreadable'},
    {what: 'the System Console strings', source: 'webapp/src/i18n/messages_admin.ts', marker: 'plugin-onboard.admin.intro'},
    {what: 'the command grammar\'s help text', source: 'webapp/src/command/grammar.ts', marker: 'Start tracking a plugin through the community process.'},
];

/**
 * Opening the panel downloads its list (the rhs chunk); a plugin's page and the integrity views are
 * chunks of their own, fetched when a plugin is opened or the record has something wrong to show.
 */
const NOT_IN_LIST_CHUNK: readonly Marker[] = [
    {what: 'a plugin\'s checklist (item cards)', source: 'webapp/src/components/rhs/item_card.tsx', marker: 'icon-circle-outline'},
    {what: 'the integrity views\' strings', source: 'webapp/src/i18n/messages_integrity.ts', marker: 'plugin-onboard.rhs.integrity.banner-title'},
];

/**
 * The shared core is what every view needs to read the tracker. Recording a change is a chunk of
 * its own, fetched on the first change a page records; Client4 is in no chunk at all (the bundle's
 * requests go through storage/mattermost/api_client.ts).
 */
const NOT_IN_CORE: readonly Marker[] = [
    {what: 'recording a change (its words)', source: 'webapp/src/i18n/write_words.ts', marker: 'That change is no longer waiting to be sent.'},
];
/**
 * The command's first step (its chunk and the schema chunk it shares with every view) answers help
 * and mistyped commands: it holds the grammar, and nothing of the session, storage or fold.
 */
const FIRST_STEP_CHUNKS = ['command.', 'schema.'];
const NOT_IN_COMMAND_FIRST_STEP: readonly Marker[] = [
    {what: 'the Mattermost storage adapter', source: 'webapp/src/storage/mattermost/adapter.ts', marker: 'the server answered with a different post'},
    {what: 'the fold\'s refusals', source: 'webapp/src/i18n/refusal_words.ts', marker: 'The basic reviewer should be one of the two complete reviewers'},
    {what: 'the tracker session\'s user errors', source: 'webapp/src/i18n/storage_error_words.ts', marker: 'Your change is kept unsent'},
];
const IN_NO_CHUNK: readonly Marker[] = [
    {what: 'Client4 (the REST client)', source: 'node_modules/@mattermost/client/lib/client4.js', marker: 'getChannelByName'},
];

/** What main.js exists for: handing the plugin to the webapp and registering its pieces. */
const STARTUP_MARKERS: readonly string[] = [
    'registerPlugin',
    'custom_plugin_onboard',
    'registerRightHandSidebarComponent',
    'registerSlashCommandWillBePostedHook',
    'registerReducer',
];

describe('the built main.js holds only start-up code', () => {
    let main: string;
    let chunks: Map<string, string>;

    beforeAll(() => {
        if (!fs.existsSync(mainJs)) {
            throw new Error('webapp/dist/main.js is missing: run `make build` first');
        }
        main = fs.readFileSync(mainJs, 'utf8');
        const files = fs.existsSync(chunkDir) ? fs.readdirSync(chunkDir).filter((f) => f.endsWith('.js')) : [];
        chunks = new Map(files.map((f) => [f, fs.readFileSync(path.join(chunkDir, f), 'utf8')]));
    });

    it('has lazily loaded chunks under webapp/dist/public/, named with a content hash', () => {
        expect(chunks.size).toBeGreaterThan(0);
        for (const [name, text] of chunks) {
            expect(name).toMatch(/^[\w-]+\.[0-9a-f]{8}\.js$/);
            expect(text.length).toBeGreaterThan(0);
        }
    });

    it('holds the registration code', () => {
        for (const marker of STARTUP_MARKERS) {
            expect({marker, inMain: main.includes(marker)}).toEqual({marker, inMain: true});
        }
    });

    it.each(LAZY_MARKERS)('leaves $what to a lazy chunk', ({source, marker}) => {
        const sourceText = fs.readFileSync(path.join(repo, source), 'utf8');
        expect({source, holdsMarker: sourceText.includes(marker)}).toEqual({source, holdsMarker: true});
        const carriers = [...chunks].filter(([, text]) => text.includes(marker)).map(([name]) => name);
        expect({marker, inSomeChunk: carriers.length > 0}).toEqual({marker, inSomeChunk: true});
        expect({marker, inMain: main.includes(marker)}).toEqual({marker, inMain: false});
    });

    it.each(NOT_IN_LIST_CHUNK)('leaves $what out of the panel\'s list chunk', ({source, marker}) => {
        const sourceText = fs.readFileSync(path.join(repo, source), 'utf8');
        expect({source, holdsMarker: sourceText.includes(marker)}).toEqual({source, holdsMarker: true});
        const list = [...chunks].filter(([name]) => name.startsWith('rhs.'));
        expect(list).toHaveLength(1);
        const carriers = [...chunks].filter(([, text]) => text.includes(marker)).map(([name]) => name);
        expect({marker, carriers: carriers.some((name) => name.startsWith('rhs-'))}).toEqual({marker, carriers: true});
        expect({marker, inList: list.some(([, text]) => text.includes(marker))}).toEqual({marker, inList: false});
    });

    it.each(NOT_IN_CORE)('leaves $what out of the shared core', ({source, marker}) => {
        const sourceText = fs.readFileSync(path.join(repo, source), 'utf8');
        expect({source, holdsMarker: sourceText.includes(marker)}).toEqual({source, holdsMarker: true});
        const core = [...chunks].filter(([name]) => name.startsWith('core.'));
        expect(core).toHaveLength(1);
        const carriers = [...chunks].filter(([, text]) => text.includes(marker)).map(([name]) => name);
        expect({marker, inSomeChunk: carriers.length > 0}).toEqual({marker, inSomeChunk: true});
        expect({marker, inCore: core.some(([, text]) => text.includes(marker))}).toEqual({marker, inCore: false});
    });

    it('puts the command\'s grammar in its first step', () => {
        const firstStep = [...chunks].filter(([name]) => FIRST_STEP_CHUNKS.some((prefix) => name.startsWith(prefix)));
        expect(firstStep.map(([name]) => name.split('.')[0]).sort()).toEqual(['command', 'schema']);
        expect(firstStep.some(([name, text]) => name.startsWith('command.') && text.includes('Start tracking a plugin through the community process.'))).toBe(true);
    });

    it.each(NOT_IN_COMMAND_FIRST_STEP)('leaves $what out of the command\'s first step', ({source, marker}) => {
        const sourceText = fs.readFileSync(path.join(repo, source), 'utf8');
        expect({source, holdsMarker: sourceText.includes(marker)}).toEqual({source, holdsMarker: true});
        const carriers = [...chunks].filter(([, text]) => text.includes(marker)).map(([name]) => name);
        expect({marker, inSomeChunk: carriers.length > 0}).toEqual({marker, inSomeChunk: true});
        expect({marker, inFirstStep: carriers.filter((name) => FIRST_STEP_CHUNKS.some((prefix) => name.startsWith(prefix)))}).toEqual({marker, inFirstStep: []});
    });

    it.each(IN_NO_CHUNK)('bundles no $what', ({source, marker}) => {
        const sourceText = fs.readFileSync(path.join(repo, source), 'utf8');
        expect({source, holdsMarker: sourceText.includes(marker)}).toEqual({source, holdsMarker: true});
        const carriers = [...chunks, ['main.js', main] as const].filter(([, text]) => text.includes(marker)).map(([name]) => name);
        expect({marker, carriers}).toEqual({marker, carriers: []});
    });
});
