// The readable side of every event: the post message (shown on mobile and to clients without the
// plugin) and a short summary for history lines.
import type {ChangeEvent, Effect} from './effects';
import type {OnboardEvent} from './events';
import {itemName} from './gates';
import {escapeMarkdown, markdownUrl, mention} from './markdown';
import {itemDef, ROLE_LABELS, stageDef, substepIndex} from './process';
import {ROLE_KEYS, type ItemKey, type SlotKey} from './process_types';
import type {StageStatus} from './tracker_state';

function itemLabel(item: ItemKey, slot?: SlotKey): string {
    const def = itemDef(item);
    const slotDef = def.slots.length > 1 ? def.slots.find((candidate) => candidate.key === slot) : undefined;
    return slotDef ? `${itemName(def)} (${slotDef.label})` : itemName(def);
}

function evidenceLabel(item: ItemKey, field: string): string {
    return itemDef(item).evidence.find((evidence) => evidence.key === field)?.label ?? field;
}

function substepLabel(item: ItemKey, key: string): string {
    const def = itemDef(item);
    return def.substeps[substepIndex(def, key)]?.label.replace(/\.$/, '') ?? key;
}

/** A short plain-text line for history lists: "signed off QA pass", "set release v1.2.0". */
export function summarize(event: OnboardEvent): string {
    switch (event.type) {
    case 'plugin.registered': return `registered ${event.plugin}`;
    case 'evidence.set': return `recorded ${evidenceLabel(event.item, event.field)} for ${itemLabel(event.item)}: ${shortValue(event.value)}${event.source ? ', read from GitHub' : ''}`;
    case 'substep.checked': return `checked a sub-step of ${itemLabel(event.item)}: ${substepLabel(event.item, event.substep)}`;
    case 'substep.unchecked': return `unchecked a sub-step of ${itemLabel(event.item)}: ${substepLabel(event.item, event.substep)}`;
    case 'signoff.given': return `signed off ${itemLabel(event.item, event.slot)}`;
    case 'signoff.withdrawn': return `withdrew the sign-off on ${itemLabel(event.item, event.slot)}`;
    case 'waived': return event.substep === undefined ?
        `marked ${itemLabel(event.item)} not applicable` :
        `marked a sub-step of ${itemLabel(event.item)} not applicable: ${substepLabel(event.item, event.substep)}`;
    case 'release.set': return `set release ${event.version}`;
    case 'stage.deployed': return `deployed to ${stageDef(event.stage).environment.name}`;
    case 'plugin.archived': return `archived ${event.plugin}`;
    case 'policy.set': return 'set the onboarding policy';
    case 'integrity.restored': return `restored ${countOf(event.posts.length, 'deleted or rewritten post')} from the server's copies`;
    case 'integrity.accepted': return `accepted the loss of ${countOf(event.posts.length, 'post')}`;
    case 'integrity.reported': return `reported a deleted post (${event.deleted.type}${event.deleted.plugin ? ` on ${event.deleted.plugin}` : ''})`;
    }
}

/** A value short enough for a history line: its first line, at most 80 characters. */
export function shortValue(value: string): string {
    const line = value.trim().split('\n')[0] ?? '';
    return line.length > 80 || line.length < value.trim().length ? `${line.slice(0, 79)}…` : line;
}

function countOf(n: number, noun: string): string {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function quote(text: string | undefined, prefix: string): string {
    return text && text.trim() ? `\n> ${prefix}${escapeMarkdown(text.trim())}` : '';
}

const STATUS_WORDS: Readonly<Record<StageStatus, string>> = {'not-started': 'not started', 'in-progress': 'in progress', ready: 'ready to deploy', deployed: 'deployed'};

/**
 * One plain-text line per sign-off an event reopens and per stage it takes back, saying why:
 * "QA pass on … — carol's sign-off for v1.0.0: a sign-off for one release does not carry over to
 * another". Callers put "This will reopen:" or "This reopened:" above them.
 */
export function effectLines(effect: Effect, event: ChangeEvent, name: (userId: string) => string): string[] {
    const release = event.type === 'release.set' ? event.version : null;
    const lines = effect.reopened.map(({item, slot, signOff}) => {
        const was = signOff.release ? ` for ${signOff.release}` : '';
        const why = release ? `a sign-off for one release does not carry over to another; it is needed again for ${release}` : 'it is needed again';
        return `${itemLabel(item, slot)} — ${name(signOff.by)}'s sign-off${was}: ${why}.`;
    });
    for (const back of effect.stages) {
        const stage = stageDef(back.stage);
        const runs = back.release ? ` (${stage.environment.name} keeps running ${back.release} until it is deployed again)` : '';
        const why = release ? `what its gate needs must be done again for ${release}` : 'its gate is no longer met';
        lines.push(`${stage.label} — from ${STATUS_WORDS[back.from]} back to ${STATUS_WORDS[back.to]}${runs}: ${why}.`);
    }
    return lines;
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
    const sentence = body(event, names, context.pluginName ?? null, context.mentionOwners ?? true) + effectsBlock(context.effects);
    if (context.subject !== undefined) {
        return `${context.subject} ${sentence}`;
    }
    if (context.authorId === undefined) {
        return sentence.charAt(0).toUpperCase() + sentence.slice(1);
    }
    return `${mention(names(context.authorId))} ${sentence}`;
}

function effectsBlock(lines: readonly string[] | undefined): string {
    // The lines are made of the process's own labels, versions and usernames (the reopened signers are mentioned: their work was undone).
    return lines && lines.length > 0 ? `\n**This reopened:**\n${lines.map((line) => `- ${line}`).join('\n')}` : '';
}

function body(event: OnboardEvent, names: (userId: string) => string, known: string | null, notify: boolean): string {
    if (event.type === 'policy.set') {
        // What a new policy changed is written by policy_message.ts, loaded when a policy is saved;
        // this is the short form (a restored copy, say).
        const counts = ROLE_KEYS.map((role) => `${ROLE_LABELS[role]}: ${event.roles[role].length}`).join(', ');
        return `set the plugin onboarding policy. Roles (${counts}); licences: ${event.licences.map(escapeMarkdown).join(', ')}.`;
    }
    if (event.type === 'integrity.restored') {
        return `restored ${countOf(event.posts.length, 'post')} of the tracker from the server's copies (deleted or rewritten after posting); they count again in their original place.`;
    }
    if (event.type === 'integrity.accepted') {
        return `accepted that ${countOf(event.posts.length, 'post')} of the tracker cannot be restored; what waited on ${event.posts.length === 1 ? 'it' : 'them'} goes ahead.${quote(event.reason, 'Reason: ')}`;
    }
    if (event.type === 'integrity.reported') {
        const about = event.deleted.plugin ? ` about \`${event.deleted.plugin}\`` : '';
        return `saw a post of the tracker deleted (a ${escapeMarkdown(event.deleted.type)} event${about}, posted ${new Date(event.deleted.at).toISOString().slice(0, 16).replace('T', ' ')} UTC). A system admin can restore it.`;
    }
    const name = event.type === 'plugin.registered' ? event.name : known;
    const plugin = name ? `**${escapeMarkdown(name)}** (\`${event.plugin}\`)` : `\`${event.plugin}\``;
    switch (event.type) {
    case 'plugin.registered': {
        // A zero-width joiner after the @ shows the name without notifying (escapeMarkdown defuses user text the same way).
        const owner = (id: string) => (notify ? mention(names(id)) : mention(names(id)).replace('@', '@\u200d'));
        const owners = event.owners.length > 0 ? ` Owners: ${event.owners.map(owner).join(', ')}.` : '';
        const flags = [event.thirdPartyService ? 'uses a third-party service' : '', event.mattermostOwned ? 'is owned by Mattermost' : ''].filter(Boolean);
        return `registered plugin ${plugin} for the Community server process.${owners}${flags.length > 0 ? ` It ${flags.join(' and ')}.` : ''} Repo: ${markdownUrl(event.repoUrl)}`;
    }
    case 'evidence.set': {
        const field = itemDef(event.item).evidence.find((evidence) => evidence.key === event.field);
        const value = field?.kind === 'url' ? markdownUrl(event.value) : escapeMarkdown(event.value);
        const read = event.source ? ` (read from ${markdownUrl(event.source.url)} at ${new Date(event.source.readAt).toISOString().slice(0, 16).replace('T', ' ')} UTC)` : '';
        return `recorded *${escapeMarkdown(evidenceLabel(event.item, event.field))}* for **${itemLabel(event.item)}** on ${plugin}: ${value}${read}`;
    }
    case 'substep.checked': return `checked off a sub-step of **${itemLabel(event.item)}** for ${plugin}: ${escapeMarkdown(substepLabel(event.item, event.substep))}`;
    case 'substep.unchecked': return `reopened a sub-step of **${itemLabel(event.item)}** for ${plugin}: ${escapeMarkdown(substepLabel(event.item, event.substep))}`;
    case 'signoff.given': return `signed off **${itemLabel(event.item, event.slot)}** for ${plugin}.${quote(event.substituteReason, 'Substitute reviewer: ')}${quote(event.note, '')}`;
    case 'signoff.withdrawn': return `withdrew the sign-off on **${itemLabel(event.item, event.slot)}** for ${plugin}.${quote(event.note, '')}`;
    case 'waived': {
        const what = event.substep === undefined ? `**${itemLabel(event.item)}**` : `a sub-step of **${itemLabel(event.item)}** (${escapeMarkdown(substepLabel(event.item, event.substep))})`;
        return `marked ${what} not applicable for ${plugin}.${quote(event.reason, 'Reason: ')}`;
    }
    case 'release.set': return `set the release of ${plugin} to **${escapeMarkdown(event.version)}**: ${markdownUrl(event.url)}`;
    case 'stage.deployed': return `deployed ${plugin} to **${escapeMarkdown(stageDef(event.stage).environment.name)}**.${quote(event.note, '')}`;
    case 'plugin.archived': return `archived ${plugin}.${quote(event.reason, 'Reason: ')}`;
    }
}
