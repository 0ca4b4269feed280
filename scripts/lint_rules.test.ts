// The layering and React rules of eslint.config.mjs, tried on probe files: each forbidden import is reported,
// each allowed one is not. (An earlier config let a broader entry silently replace the domain's rules.)
import {execFileSync} from 'node:child_process';
import path from 'node:path';

import {z} from 'zod/mini';

const root = path.resolve(__dirname, '..');

// ESLint loads its ESM config with a dynamic import, which jest's module system does not run: the
// probes are linted by ESLint's own API in a plain node process, all at once.
const LINT_PROBES = `
const {ESLint} = require('eslint');
const probes = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const eslint = new ESLint({cwd: process.cwd()});
const CHECKED = ['@typescript-eslint/no-restricted-imports', 'no-restricted-globals', 'react/no-danger', 'react/jsx-key', 'react/jsx-no-script-url'];
Promise.all(probes.map(async ([file, code]) => {
    const [result] = await eslint.lintText(code, {filePath: require('path').join(process.cwd(), file)});
    return result.messages.filter((m) => CHECKED.includes(m.ruleId)).map((m) => m.message);
})).then((out) => process.stdout.write(JSON.stringify(out)));
`;

const Output = z.array(z.array(z.string()));

function lint(probes: ReadonlyArray<readonly [string, string]>): string[][] {
    const out = execFileSync(process.execPath, ['-e', LINT_PROBES], {cwd: root, input: JSON.stringify(probes), encoding: 'utf8'});
    return Output.parse(JSON.parse(out));
}

const forbidden: ReadonlyArray<readonly [string, string, string]> = [
    ['webapp/src/domain/probe.ts', "import type {TrackerView} from '../state/types'; export type X = TrackerView;", 'domain/ may import from i18n/*_words'],
    ['webapp/src/domain/probe.ts', "import {rhsMessages} from '../i18n/messages_rhs'; export const X = rhsMessages;", 'domain/ may import from i18n/*_words'],
    ['webapp/src/domain/probe.ts', "import {catalogues} from '../i18n'; export const X = catalogues;", 'domain/ may import from i18n/*_words'],
    ['webapp/src/domain/probe.ts', "import React from 'react'; export const X = React;", 'domain/ is pure'],
    ['webapp/src/storage/mattermost/probe.ts', "import type {TrackerView} from '../../state/types'; export type X = TrackerView;", 'storage/ may import from domain'],
    ['webapp/src/state/session/probe.ts', "import {Client4} from '@mattermost/client'; export const X = Client4;", 'The bundle carries no Client4'],
    ['webapp/src/storage/mattermost/probe.ts', "import {Client4} from '@mattermost/client'; export const X = Client4;", 'The bundle carries no Client4'],
    ['webapp/src/storage/mattermost/probe.ts', "import Client4 from '@mattermost/client/lib/client4'; export const X = Client4;", 'The bundle carries no Client4'],
    ['webapp/src/components/rhs/probe.tsx', "import {getCore} from '../../lazy/core'; export const X = getCore;", 'components/ may import from'],
    ['webapp/src/components/rhs/probe.tsx', "import {MemoryMattermost} from '../../storage/testing/memory/server'; export const X = MemoryMattermost;", 'components/ may import from'],
    ['webapp/src/command/probe.ts', "import {PluginRow} from '../components/rhs/plugin_row'; export const X = PluginRow;", 'command/ may import from'],
    ['webapp/src/components/rhs/probe.tsx', "import React from 'react'; export const X = ({html}: {html: string}) => <div dangerouslySetInnerHTML={{__html: html}}/>;", 'dangerouslySetInnerHTML'],
    ['webapp/src/components/rhs/probe.tsx', "import React from 'react'; export const X = ({names}: {names: string[]}) => <ul>{names.map((n) => <li>{n}</li>)}</ul>;", 'Missing "key" prop'],
    ['webapp/src/components/rhs/probe.tsx', "import React from 'react'; export const X = () => <a href='javascript:void(0)'>x</a>;", 'javascript: URL'],
    ['webapp/src/i18n/probe.ts', "import type {TrackerView} from '../state/types'; export type X = TrackerView;", 'i18n/ may import from domain'],
    ['webapp/src/i18n/probe_words.ts', "import {itemDef} from '../domain/process'; export const X = itemDef;", 'i18n/ imports only types'],
    ['webapp/src/i18n/probe_words.ts', "import {useIntl} from 'react-intl'; export const X = useIntl;", 'i18n/ imports only types'],
];

const allowed: ReadonlyArray<readonly [string, string]> = [
    ['webapp/src/storage/mattermost/probe.test.ts', "import {Client4} from '@mattermost/client'; export const X = Client4;"],
    ['webapp/src/storage/cache/probe.ts', "import {createMattermostStorage} from '../mattermost/adapter'; export const X = createMattermostStorage;"],
    ['webapp/src/components/rhs/probe.tsx', "import {TRACKER_CHANNEL_NAME} from '../../storage/port'; export const X = TRACKER_CHANNEL_NAME;"],
    ['webapp/src/domain/probe.ts', "import {historyWords} from '../i18n/record_words'; export const X = historyWords;"],
    ['webapp/src/i18n/probe_words.ts', "import type {StageStatus} from '../domain/tracker_state'; export type X = StageStatus;"],
    ['webapp/src/i18n/probe_words.ts', "import type {MessageDescriptor} from 'react-intl'; export type X = MessageDescriptor;"],
    ['webapp/src/i18n/probe_words.ts', "import {escapeMarkdown} from '../domain/markdown'; export const X = escapeMarkdown;"],
    ['webapp/src/lazy/probe.ts', "import {createMattermostStorage} from '../storage/mattermost/adapter'; export const X = createMattermostStorage;"],
];

describe('lint rules', () => {
    let found: string[][];

    beforeAll(() => {
        found = lint([...forbidden.map(([file, code]) => [file, code] as const), ...allowed]);
    });

    it.each(forbidden.map((probe, i) => [...probe, i] as const))('%s: %s is reported', (_file, _code, says, i) => {
        expect((found[i] ?? []).some((message) => message.includes(says))).toBe(true);
    });

    it.each(allowed.map((probe, i) => [...probe, forbidden.length + i] as const))('%s: %s is allowed', (_file, _code, i) => {
        expect(found[i]).toEqual([]);
    });
});
