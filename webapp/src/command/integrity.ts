// /plugin-onboard integrity, restore and accept: the record's marks in the panel's own words
// (i18n/integrity_words.ts), as Markdown with every user-written text escaped, and a system admin's
// restore and acceptance through the session.
import {createIntl, type IntlShape} from 'react-intl';

import {acceptedMarks, openMarks} from '../domain/integrity_queries';
import {getPlugin} from '../domain/plugin_records';
import type {IntegrityMark, TrackerState} from '../domain/tracker_state';
import {messagesOf} from '../i18n/catalogue';
import {commandIntegrityWords} from '../i18n/command_integrity_words';
import {acceptanceSentence, markSentence, subjectOf, type Format, type Words} from '../i18n/integrity_words';
import {integrityMessages as m} from '../i18n/messages_integrity';
import type {RestoredSummary} from '../state/tracker_session';

import {failure, reply, type CommandContext, type CommandOutcome, type CommandTrackerView} from './context';
import {code, escapeMarkdown} from './markdown';
import {loadNames, type NameOf} from './people';
import {utcDate, utcDateTime} from './time';
import {TRIGGER} from './trigger';
import {REPLY_BUDGET} from './views';

const w = commandIntegrityWords({code, trigger: TRIGGER});

/** Replies are English, as every command reply is; the strings are the panel's. */
let english: IntlShape | null = null;

function format(): Format {
    english ??= createIntl({locale: 'en', defaultLocale: 'en', messages: messagesOf(m)});
    const intl = english;
    return (descriptor, values) => intl.formatMessage(descriptor, values);
}

function wordsFor(state: TrackerState, name: NameOf): Words {
    return {
        name,
        when: utcDateTime,
        date: utcDate,
        plugin: (pluginId) => escapeMarkdown(getPlugin(state.plugins, pluginId)?.name ?? pluginId),
        text: escapeMarkdown,
    };
}

/** Everyone a mark names, so one lookup names them all. */
function peopleIn(marks: readonly IntegrityMark[]): string[] {
    return marks.flatMap((mark) => [mark.by, mark.namedBy?.by, mark.deletedBy, mark.accepted?.by].filter((id): id is string => typeof id === 'string' && id !== ''));
}

/** The system admins the tracker knows of: whom to ask. */
function adminsOf(view: CommandTrackerView, name: NameOf): string[] {
    return Object.values(view.users).filter((user) => user.isSystemAdmin).map((user) => name(user.id));
}

function askAdmin(view: CommandTrackerView, name: NameOf): string {
    const admins = adminsOf(view, name);
    return admins.length > 0 ? format()(m.askAdmin, {admins: admins.join(', ')}) : format()(m.askAnyAdmin);
}

function markLine(mark: IntegrityMark, words: Words, withPost: boolean): string {
    const accepted = acceptanceSentence(mark, words, format());
    return `- ${markSentence(mark, words, format())}${accepted === null ? '' : ` ${accepted}`}${withPost ? w.post(mark.post) : ''}`;
}

/** Lines up to the reply budget; the rest are counted, not lost silently. */
function fit(lines: readonly string[]): string {
    const kept: string[] = [];
    let size = 0;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        if (size + line.length + 1 > REPLY_BUDGET) {
            kept.push(w.moreNotShown(lines.length - i));
            break;
        }
        kept.push(line);
        size += line.length + 1;
    }
    return kept.join('\n');
}

export async function integrity(ctx: CommandContext, view: CommandTrackerView): Promise<CommandOutcome> {
    const state = view.state;
    const {name} = await loadNames(ctx, view, peopleIn(state.integrity.marks));
    const words = wordsFor(state, name);
    const open = openMarks(state);
    const resolved = acceptedMarks(state);
    const lines: string[] = [];
    if (open.length === 0) {
        lines.push(w.nothingWaits);
    } else {
        lines.push(`**${format()(m.bannerTitle, {onHold: state.integrity.onHold})}**`);
        // The ids are what `accept` takes: shown to those who may use them.
        lines.push(...open.map((mark) => markLine(mark, words, ctx.isSystemAdmin)));
        lines.push('', ctx.isSystemAdmin ? w.restoreOrAccept : askAdmin(view, name));
    }
    if (resolved.length > 0) {
        lines.push('', `${format()(m.resolvedTitle, {count: resolved.length})}:`, ...resolved.map((mark) => markLine(mark, words, false)));
    }
    return reply(fit(lines));
}

function refusal(action: 'restore' | 'accept', view: CommandTrackerView, name: NameOf): CommandOutcome {
    return failure(w.onlyAdmins(action, askAdmin(view, name)));
}

function restoredLine(post: RestoredSummary, words: Words): string {
    return w.restoredLine(subjectOf(post, words, format()), words.name(post.by), words.when(post.at));
}

export async function restore(ctx: CommandContext, view: CommandTrackerView): Promise<CommandOutcome> {
    if (!ctx.isSystemAdmin) {
        const {name} = await loadNames(ctx, view, []);
        return refusal('restore', view, name);
    }
    const result = await ctx.session.restore(ctx.teamId);
    const people = [...result.restored.map((post) => post.by), ...(result.ok ? peopleIn(result.stillOpen) : [])];
    const {name} = await loadNames(ctx, view, people);
    const words = wordsFor(view.state, name);
    const lines = [format()(m.restoredCount, {count: result.restored.length}), ...result.restored.map((post) => restoredLine(post, words))];
    if (!result.ok) {
        lines.push('', format()(m.restoreFailed, {message: escapeMarkdown(result.error.message)}));
        return result.restored.length === 0 ? failure(lines.slice(1).join('\n').trim()) : reply(fit(lines));
    }
    if (result.stillOpen.length > 0) {
        lines.push('', format()(m.stillOpen, {count: result.stillOpen.length}), ...result.stillOpen.map((mark) => markLine(mark, words, true)));
        lines.push('', w.letGoAhead);
    }
    return reply(fit(lines));
}

export async function acceptLoss(ctx: CommandContext, view: CommandTrackerView, posts: readonly string[], reason: string): Promise<CommandOutcome> {
    if (!ctx.isSystemAdmin) {
        const {name} = await loadNames(ctx, view, []);
        return refusal('accept', view, name);
    }
    const result = await ctx.session.accept(ctx.teamId, posts, reason);
    if (!result.ok) {
        return failure(w.acceptFailed(result.error.message));
    }
    const {name} = await loadNames(ctx, view, peopleIn(result.accepted));
    const words = wordsFor(view.state, name);
    return reply(fit([format()(m.accepted), ...result.accepted.map((mark) => markLine(mark, words, false)), w.reasonKept(escapeMarkdown(reason.trim()))]));
}
