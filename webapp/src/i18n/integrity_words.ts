// Marks of the record in words, with names, not ids: "A sign-off on GitHub by @frank-core (3 Dec,
// 10:02) is missing: its post was deleted. Noticed by @carol-qa's client." The panel formats with
// its IntlShape, the slash command with one of its own (Markdown, user text escaped by the caller's
// `words`), so both say exactly the same.
import type {MessageDescriptor} from 'react-intl';

import type {IntegrityMark} from '../domain/tracker_state';

import {integrityMessages as m} from './messages_integrity';

/** How the caller names things: people ("@alice"), times, dates, plugins, free text. */
export interface Words {
    name(userId: string): string;
    when(at: number): string;
    date(at: number): string;
    plugin(pluginId: string): string;
    /** User-written text (a reason): escaped for Markdown by the command, as it is in the panel. */
    text(value: string): string;
}

export type Format = (descriptor: MessageDescriptor, values?: Record<string, string | number>) => string;

/** Subjects of posts about one plugin: each names it. */
const PLUGIN_SUBJECTS: Readonly<Record<string, MessageDescriptor>> = {
    'plugin.registered': m.subjectRegistration,
    'signoff.given': m.subjectSignOff,
    'signoff.withdrawn': m.subjectWithdrawal,
    'evidence.set': m.subjectEvidence,
    'substep.checked': m.subjectChecked,
    'substep.unchecked': m.subjectUnchecked,
    waived: m.subjectWaiver,
    'release.set': m.subjectRelease,
    'stage.deployed': m.subjectDeployment,
    'plugin.archived': m.subjectArchiving,
};

/** Subjects of posts about the tracker itself. */
const TRACKER_SUBJECTS: Readonly<Record<string, MessageDescriptor>> = {
    'policy.set': m.subjectPolicy,
    'integrity.restored': m.subjectRestore,
    'integrity.accepted': m.subjectAcceptance,
    'integrity.reported': m.subjectReport,
};

/** A table's own entry only: a type read off a post may be any word, "constructor" included. */
function own(table: Readonly<Record<string, MessageDescriptor>>, key: string): MessageDescriptor | undefined {
    return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** "A sign-off on GitHub", "The onboarding policy": what the post was, as far as the record can tell. */
export function subjectOf(mark: Pick<IntegrityMark, 'type' | 'plugin'>, words: Words, format: Format): string {
    const type = mark.type ?? '';
    if (mark.plugin === null) {
        return format(own(TRACKER_SUBJECTS, type) ?? m.subjectPost);
    }
    return format(own(PLUGIN_SUBJECTS, type) ?? m.subjectPluginPost, {plugin: words.plugin(mark.plugin)});
}

/** The main sentence of a mark. */
function headline(mark: IntegrityMark, words: Words, format: Format): string {
    const subject = subjectOf(mark, words, format);
    const when = words.when(mark.at);
    switch (mark.kind) {
    case 'missing':
        return mark.by === null ? format(m.missingNoAuthor, {subject, when}) : format(m.missing, {subject, user: words.name(mark.by), when});
    case 'tampered':
        return format(m.tampered, {subject, user: words.name(mark.by ?? ''), when});
    case 'edited':
        return format(m.edited, {subject, user: words.name(mark.by ?? ''), when});
    case 'fewer': {
        const user = words.name(mark.namedBy?.by ?? '');
        return mark.plugin === null ?
            format(m.fewer, {count: mark.count, user, when}) :
            format(m.fewerInPlugin, {count: mark.count, user, when, plugin: words.plugin(mark.plugin)});
    }
    case 'policy-author':
        return format(m.policyAuthor, {user: words.name(mark.by ?? ''), date: words.date(mark.at)});
    }
}

/**
 * A mark in full: what happened, then who noticed and who deleted it when known. For a 'fewer'
 * mark the noticing client is already named in the sentence.
 */
export function markSentence(mark: IntegrityMark, words: Words, format: Format): string {
    const parts = [headline(mark, words, format)];
    if (mark.namedBy && mark.kind !== 'fewer' && mark.kind !== 'policy-author') {
        parts.push(format(m.noticedBy, {user: words.name(mark.namedBy.by)}));
    }
    if (mark.deletedBy) {
        parts.push(format(m.deletedBy, {user: words.name(mark.deletedBy)}));
    }
    return parts.join(' ');
}

/** "Accepted by @admin on 4 Dec 2026: reason", or null while the mark is open. */
export function acceptanceSentence(mark: IntegrityMark, words: Words, format: Format): string | null {
    const accepted = mark.accepted;
    if (!accepted) {
        return null;
    }
    return format(m.acceptedBy, {user: words.name(accepted.by), date: words.date(accepted.at), reason: words.text(accepted.reason)});
}
