// The record in words: the post message of every event (Markdown that reads alone: mobile and
// clients without the plugin show only that), its short line in history lists, and why an event
// reopened sign-offs or took stages back. domain/messages.ts fills in the process's own labels
// (RecordLabels) and the names; user text is escaped here, with the domain's pure Markdown helpers.
// English only, like the command's replies.
import type {ChangeEvent, Effect} from '../domain/effects';
import type {OnboardEvent} from '../domain/events';
import {escapeMarkdown, markdownUrl, mention} from '../domain/markdown';
import type {EvidenceDef, ItemKey, RoleKey, SlotKey, StageDef, StageKey} from '../domain/process_types';
import type {StageStatus} from '../domain/tracker_state';

/** The process's parts and their names, as domain/process.ts defines them. */
export interface RecordLabels {
    /** "QA pass"; an item signed in two slots with the slot: "Complete code review (reviewer)". */
    item(item: ItemKey, slot?: SlotKey): string;
    evidence(item: ItemKey, field: string): EvidenceDef | undefined;
    /** Without its full stop. */
    substep(item: ItemKey, substep: string): string;
    stage(stage: StageKey): StageDef;
    readonly roles: readonly RoleKey[];
    readonly roleLabels: Readonly<Record<RoleKey, string>>;
    /** A value short enough for a history line. */
    short(value: string): string;
}

/** "QA pass" or, for an item signed in two slots, "Complete code review (reviewer)". */
export function itemInSlot(item: string, slot: string): string {
    return `${item} (${slot})`;
}

function countOf(n: number, noun: string): string {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A short plain-text line for history lists: "signed off QA pass", "set release v1.2.0". */
export function summaryOf(event: OnboardEvent, label: RecordLabels): string {
    switch (event.type) {
    case 'plugin.registered': return `registered ${event.plugin}`;
    case 'evidence.set': return `recorded ${label.evidence(event.item, event.field)?.label ?? event.field} for ${label.item(event.item)}: ${label.short(event.value)}${event.source ? ', read from GitHub' : ''}`;
    case 'substep.checked': return `checked a sub-step of ${label.item(event.item)}: ${label.substep(event.item, event.substep)}`;
    case 'substep.unchecked': return `unchecked a sub-step of ${label.item(event.item)}: ${label.substep(event.item, event.substep)}`;
    case 'signoff.given': return `signed off ${label.item(event.item, event.slot)}`;
    case 'signoff.withdrawn': return `withdrew the sign-off on ${label.item(event.item, event.slot)}`;
    case 'waived': return event.substep === undefined ?
        `marked ${label.item(event.item)} not applicable` :
        `marked a sub-step of ${label.item(event.item)} not applicable: ${label.substep(event.item, event.substep)}`;
    case 'release.set': return `set release ${event.version}`;
    case 'stage.deployed': return `deployed to ${label.stage(event.stage).environment.name}`;
    case 'plugin.archived': return `archived ${event.plugin}`;
    case 'policy.set': return 'set the onboarding policy';
    case 'integrity.restored': return `restored ${countOf(event.posts.length, 'deleted or rewritten post')} from the server's copies`;
    case 'integrity.accepted': return `accepted the loss of ${countOf(event.posts.length, 'post')}`;
    case 'integrity.reported': return `reported a deleted post (${event.deleted.type}${event.deleted.plugin ? ` on ${event.deleted.plugin}` : ''})`;
    }
}

/** The history line of a post that holds no readable event (`type` undefined), or one whose envelope names its type (or null). */
export function unreadableSummary(type: string | null | undefined): string {
    return type === undefined ? 'unreadable post' : type ? `unreadable ${type} event` : 'unreadable event';
}

const STATUS_WORDS: Readonly<Record<StageStatus, string>> = {'not-started': 'not started', 'in-progress': 'in progress', ready: 'ready to deploy', deployed: 'deployed'};

/**
 * One plain-text line per sign-off an event reopens and per stage it takes back, saying why:
 * "QA pass on … — carol's sign-off for v1.0.0: a sign-off for one release does not carry over to
 * another". Callers put "This will reopen:" or "This reopened:" above them.
 */
export function effectLinesOf(effect: Effect, event: ChangeEvent, name: (userId: string) => string, label: RecordLabels): string[] {
    const release = event.type === 'release.set' ? event.version : null;
    const lines = effect.reopened.map(({item, slot, signOff}) => {
        const was = signOff.release ? ` for ${signOff.release}` : '';
        const why = release ? `a sign-off for one release does not carry over to another; it is needed again for ${release}` : 'it is needed again';
        return `${label.item(item, slot)} — ${name(signOff.by)}'s sign-off${was}: ${why}.`;
    });
    for (const back of effect.stages) {
        const runs = back.release ? ` (${label.stage(back.stage).environment.name} keeps running ${back.release} until it is deployed again)` : '';
        const why = release ? `what its gate needs must be done again for ${release}` : 'its gate is no longer met';
        lines.push(`${label.stage(back.stage).label} — from ${STATUS_WORDS[back.from]} back to ${STATUS_WORDS[back.to]}${runs}: ${why}.`);
    }
    return lines;
}

/** Under a post's sentence, what it reopened or took back besides itself (effectLinesOf's lines). */
export function effectsBlock(lines: readonly string[] | undefined): string {
    // The lines are made of the process's own labels, versions and usernames (the reopened signers are mentioned: their work was undone).
    return lines && lines.length > 0 ? `\n**This reopened:**\n${lines.map((line) => `- ${line}`).join('\n')}` : '';
}

function quote(text: string | undefined, prefix: string): string {
    return text && text.trim() ? `\n> ${prefix}${escapeMarkdown(text.trim())}` : '';
}

/** "2026-12-03 10:02 UTC". */
function utcMinute(at: number): string {
    return `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * A post message's sentence after its author's @mention (or "You"): "signed off **QA pass** for
 * **GitHub** (`github`)". `known` is the plugin's name when the caller knows it; with `notify`
 * false a registration names its owners without notifying them. All user text is escaped; only
 * http(s) URLs become links.
 */
export function postSentence(event: OnboardEvent, names: (userId: string) => string, known: string | null, notify: boolean, label: RecordLabels): string {
    if (event.type === 'policy.set') {
        // What a new policy changed is written by policy_message.ts, loaded when a policy is saved;
        // this is the short form (a restored copy, say).
        const counts = label.roles.map((role) => `${label.roleLabels[role]}: ${event.roles[role].length}`).join(', ');
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
        return `saw a post of the tracker deleted (a ${escapeMarkdown(event.deleted.type)} event${about}, posted ${utcMinute(event.deleted.at)}). A system admin can restore it.`;
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
        const field = label.evidence(event.item, event.field);
        const value = field?.kind === 'url' ? markdownUrl(event.value) : escapeMarkdown(event.value);
        const read = event.source ? ` (read from ${markdownUrl(event.source.url)} at ${utcMinute(event.source.readAt)})` : '';
        return `recorded *${escapeMarkdown(field?.label ?? event.field)}* for **${label.item(event.item)}** on ${plugin}: ${value}${read}`;
    }
    case 'substep.checked': return `checked off a sub-step of **${label.item(event.item)}** for ${plugin}: ${escapeMarkdown(label.substep(event.item, event.substep))}`;
    case 'substep.unchecked': return `reopened a sub-step of **${label.item(event.item)}** for ${plugin}: ${escapeMarkdown(label.substep(event.item, event.substep))}`;
    case 'signoff.given': return `signed off **${label.item(event.item, event.slot)}** for ${plugin}.${quote(event.substituteReason, 'Substitute reviewer: ')}${quote(event.note, '')}`;
    case 'signoff.withdrawn': return `withdrew the sign-off on **${label.item(event.item, event.slot)}** for ${plugin}.${quote(event.note, '')}`;
    case 'waived': {
        const what = event.substep === undefined ? `**${label.item(event.item)}**` : `a sub-step of **${label.item(event.item)}** (${escapeMarkdown(label.substep(event.item, event.substep))})`;
        return `marked ${what} not applicable for ${plugin}.${quote(event.reason, 'Reason: ')}`;
    }
    case 'release.set': return `set the release of ${plugin} to **${escapeMarkdown(event.version)}**: ${markdownUrl(event.url)}`;
    case 'stage.deployed': return `deployed ${plugin} to **${escapeMarkdown(label.stage(event.stage).environment.name)}**.${quote(event.note, '')}`;
    case 'plugin.archived': return `archived ${plugin}.${quote(event.reason, 'Reason: ')}`;
    }
}
