// /plugin-onboard check-repo <plugin>: the repository checks read from GitHub (webapp/src/github), as
// Markdown in the panel's words. Everything GitHub answered is escaped: a tag or a file name is text.
// This file loads on the first check-repo; the GitHub reader is a chunk of its own, shared with the panel.
import {createIntl, type IntlShape} from 'react-intl';

import type {PluginState, TrackerState} from '../domain/tracker_state';
import {messagesOf} from '../i18n/catalogue';
import {githubMessages as m} from '../i18n/messages_github';
import {checkInput} from '../github/check_input';
import type {FailureLine} from '../github/check_repo';
import type {CheckResult, CheckStatus, Line} from '../github/checks';

import {reply, type CommandOutcome} from './context';
import {withPart} from './lazy_part';
import {escapeMarkdown, link} from './markdown';
import {utcDateTime} from './time';
import {words} from './words';

let english: IntlShape | null = null;

function intl(): IntlShape {
    english ??= createIntl({locale: 'en', defaultLocale: 'en', messages: messagesOf(m)});
    return english;
}

function say(line: Line | FailureLine): string {
    const values: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(line.values ?? {})) {
        values[key] = typeof value === 'string' ? escapeMarkdown(value) : value;
    }
    if ('at' in line && line.at !== undefined) {
        values['time'] = utcDateTime(line.at);
    }
    return intl().formatMessage(line.message, values);
}

const MARK: Readonly<Record<CheckStatus, string>> = {pass: '✅', fail: '❌', unknown: '❔'};
const STATUS: Readonly<Record<CheckStatus, Line['message']>> = {pass: m.statusPass, fail: m.statusFail, unknown: m.statusUnknown};

function resultLines(result: CheckResult): string[] {
    const title = intl().formatMessage(result.title);
    const head = `- ${MARK[result.status]} **${title}** (${intl().formatMessage(STATUS[result.status])}): ${say(result.lines[0] ?? {message: m.statusUnknown})}`;
    const more = result.lines.slice(1).map((line) => `  ${say(line)}`);
    return [result.link === null ? head : `${head} ${link(result.link, '↗')}`, ...more];
}

export async function checkRepoReply(state: TrackerState, plugin: PluginState): Promise<CommandOutcome> {
    return withPart(words.partGitHub, () => import(/* webpackChunkName: "github" */ '../github/check_repo'), async (github) => {
        const checked = await github.pageChecker().check(checkInput(state, plugin));
        const title = `#### ${intl().formatMessage(m.title)}: ${escapeMarkdown(plugin.name)}`;
        if (!checked.ok) {
            return reply(`${title}\n${say(checked.line)}`);
        }
        const source = intl().formatMessage(m.source, {repo: link(checked.facts.url, `${checked.target.owner}/${checked.target.name}`), time: utcDateTime(checked.facts.readAt)});
        const remaining = checked.facts.remaining === null ? '' : ` ${intl().formatMessage(m.remaining, {count: checked.facts.remaining})}`;
        return reply([title, ...checked.results.flatMap(resultLines), '', words.readNothingRecorded(`${source}${remaining}`)].join('\n'));
    });
}
