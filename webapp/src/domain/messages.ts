// The readable side of every event: the post message (shown on mobile and to clients without the
// plugin) and a short summary for history lines. The sentences are i18n/record_words.ts's; this
// gives them the process's labels and puts the author in front.
import {effectLinesOf, effectsBlock, itemInSlot, postSentence, summaryOf, unreadableSummary, type RecordLabels} from '../i18n/record_words';

import type {ChangeEvent, Effect} from './effects';
import type {OnboardEvent} from './events';
import {itemName} from './gates';
import {mention} from './markdown';
import {itemDef, ROLE_LABELS, stageDef, substepIndex} from './process';
import {ROLE_KEYS} from './process_types';

/** A value short enough for a history line: its first line, at most 80 characters. */
export function shortValue(value: string): string {
    const line = value.trim().split('\n')[0] ?? '';
    return line.length > 80 || line.length < value.trim().length ? `${line.slice(0, 79)}…` : line;
}

/** The process's own labels, as the record's sentences name its parts. */
const LABELS: RecordLabels = {
    item(item, slot) {
        const def = itemDef(item);
        const slotDef = def.slots.length > 1 ? def.slots.find((candidate) => candidate.key === slot) : undefined;
        return slotDef ? itemInSlot(itemName(def), slotDef.label) : itemName(def);
    },
    evidence: (item, field) => itemDef(item).evidence.find((evidence) => evidence.key === field),
    substep(item, key) {
        const def = itemDef(item);
        return def.substeps[substepIndex(def, key)]?.label.replace(/\.$/, '') ?? key;
    },
    stage: stageDef,
    roles: ROLE_KEYS,
    roleLabels: ROLE_LABELS,
    short: shortValue,
};

/** A short plain-text line for history lists: "signed off QA pass", "set release v1.2.0". */
export function summarize(event: OnboardEvent): string {
    return summaryOf(event, LABELS);
}

/** The history line of a post that holds no readable event (`type` undefined), or whose envelope names its type (or null). */
export function unreadableLine(type: string | null | undefined): string {
    return unreadableSummary(type);
}

/**
 * One plain-text line per sign-off an event reopens and per stage it takes back, saying why:
 * "QA pass on … — carol's sign-off for v1.0.0: a sign-off for one release does not carry over to
 * another". Callers put "This will reopen:" or "This reopened:" above them.
 */
export function effectLines(effect: Effect, event: ChangeEvent, name: (userId: string) => string): string[] {
    return effectLinesOf(effect, event, name, LABELS);
}

export interface MessageContext {
    /** The user posting the event: the message then opens with their @mention. */
    readonly authorId?: string;
    /** Who the sentence is about when not an @mention: "You" in a reply to the author. */
    readonly subject?: string;
    /** What the event reopened or took back besides itself, with why (effectLines): the post says so. */
    readonly effects?: readonly string[];
    /** The plugin's name when the caller knows it (registration carries its own). */
    readonly pluginName?: string | null;
    /** False when the team's policy turns mentions off: a registration names its owners without notifying them. */
    readonly mentionOwners?: boolean;
}

/**
 * The post message: Markdown that reads alone, e.g. "@alice signed off **QA pass** for **GitHub** (`github`)".
 * `names` maps a user id to a username. All user text is escaped; only http(s) URLs become links.
 */
export function eventMessage(event: OnboardEvent, names: (userId: string) => string, context: MessageContext = {}): string {
    const sentence = postSentence(event, names, context.pluginName ?? null, context.mentionOwners ?? true, LABELS) + effectsBlock(context.effects);
    if (context.subject !== undefined) {
        return `${context.subject} ${sentence}`;
    }
    if (context.authorId === undefined) {
        return sentence.charAt(0).toUpperCase() + sentence.slice(1);
    }
    return `${mention(names(context.authorId))} ${sentence}`;
}
