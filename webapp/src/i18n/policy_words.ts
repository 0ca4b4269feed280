// What a policy post says (domain/policy_diff.ts, for policy_message.ts and the card's line): each
// change as a phrase ("added @bob to QA team", "allowed the licence ISC"), or what a first policy
// holds, under a lead line. The process's role and environment names arrive in PolicyProcess.
import type {PolicyChange, PolicyContent} from '../domain/policy_diff';
import type {RoleKey, StageDef, StageKey} from '../domain/process_types';

/** How a description writes a person, a user's text and a URL: Markdown for posts, plain for the card's line. */
export interface PolicyWords {
    readonly person: (userId: string) => string;
    readonly text: (text: string) => string;
    readonly url: (url: string) => string;
}

/** The roles in order with their names, and the stages (domain/process.ts). */
export interface PolicyProcess {
    readonly roles: readonly RoleKey[];
    readonly roleLabels: Readonly<Record<RoleKey, string>>;
    stage(key: StageKey): StageDef;
}

/** One change as a phrase: "added @bob to QA team", "allowed the licence ISC". */
export function changePhrase(change: PolicyChange, words: PolicyWords, process: PolicyProcess): string {
    switch (change.kind) {
    case 'role-added': return `added ${words.person(change.userId)} to ${process.roleLabels[change.role]}`;
    case 'role-removed': return `removed ${words.person(change.userId)} from ${process.roleLabels[change.role]}`;
    case 'licence-added': return `allowed the licence ${words.text(change.licence)}`;
    case 'licence-removed': return `no longer allows the licence ${words.text(change.licence)}`;
    case 'environment-changed': return `set the ${words.text(process.stage(change.stage).environment.name)} URL to ${words.url(change.to)}`;
    case 'github-changed': return change.to === '' ? 'no longer names a GitHub Enterprise Server' : `set the GitHub Enterprise Server to ${words.url(change.to)}`;
    case 'mentions-changed': return change.to.mentions ?
        `posts mention the people a step waits on, at most ${change.to.maxMentions} a post` :
        'posts no longer mention the people a step waits on';
    // A channel's URL name holds only letters, digits, '-' and '_' (the event's schema): nothing to
    // escape, and unescaped the webapp links it as a channel.
    case 'integrations-channel-changed': return `set the integrations channel to ~${change.to}`;
    }
}

/** A policy described: `changes` from the one before it, or (null: the first) what it holds. A lead line and a list. */
export function policyDescription(
    policy: PolicyContent, changes: readonly PolicyChange[] | null, words: PolicyWords, process: PolicyProcess,
): {readonly lead: string; readonly items: readonly string[]} {
    if (changes !== null) {
        return changes.length === 0 ?
            {lead: 'saved the plugin onboarding policy without changes.', items: []} :
            {lead: 'changed the plugin onboarding policy:', items: changes.map((change) => changePhrase(change, words, process))};
    }
    const holders = (role: RoleKey) => (policy.roles[role].length === 0 ? 'no one' : policy.roles[role].map(words.person).join(', '));
    return {
        lead: 'set the plugin onboarding policy:',
        items: [...process.roles.map((role) => `${process.roleLabels[role]}: ${holders(role)}`), `Licences: ${policy.licences.map(words.text).join(', ') || 'none'}`],
    };
}
