// What the admin edits: the content of one policy.set event. Kept apart from the React component so
// the rules (what is valid, what changed, what gets written) are plain functions with plain tests.
import {type EventDraft, isHttpUrl, PATTERNS, type PolicyEvent} from '../../domain/events';
import {DEFAULT_INTEGRATIONS_CHANNEL, DEFAULT_NOTIFICATIONS} from '../../domain/policy';
import {DEFAULT_LICENCES, STAGES} from '../../domain/process';
import {ROLE_KEYS, type RoleKey, STAGE_KEYS, type StageKey} from '../../domain/process_types';
import type {PolicyState} from '../../domain/tracker_state';

export interface PolicyDraft {
    readonly roles: Readonly<Record<RoleKey, readonly string[]>>;
    readonly licences: readonly string[];
    readonly environments: Readonly<Record<StageKey, string>>;
    /** The team's GitHub Enterprise Server URL, as typed; '' for none. */
    readonly githubEnterpriseUrl: string;
    /** Whether posts mention the people a step waits on. */
    readonly mentions: boolean;
    /** At most how many people one post mentions, as typed. */
    readonly maxMentions: string;
    /** The URL name of the channel where authors ask for CI and deployments, as typed. */
    readonly integrationsChannel: string;
}

/** Mentions per post: a few reach a role's roster; past 50 a post is a broadcast. */
export const MAX_MENTIONS_LIMIT = 50;

function mentionCap(typed: string): number | null {
    const value = Number(typed.trim());
    return /^\d+$/.test(typed.trim()) && value >= 1 && value <= MAX_MENTIONS_LIMIT ? value : null;
}

function byStage<T>(value: (key: StageKey) => T): Record<StageKey, T> {
    return {'ci-extensions': value('ci-extensions'), 'ci-extensions-release': value('ci-extensions-release'), community: value('community')};
}

function byRole<T>(value: (key: RoleKey) => T): Record<RoleKey, T> {
    return {'core-committer': value('core-committer'), qa: value('qa'), pm: value('pm'), integrations: value('integrations')};
}

export function defaultEnvironmentUrl(key: StageKey): string {
    return STAGES.find((stage) => stage.key === key)?.environment.defaultUrl ?? '';
}

/** The draft the page starts from: the policy in force, or the process defaults before any policy exists. */
export function draftFromPolicy(policy: PolicyState): PolicyDraft {
    return {
        roles: byRole((key) => [...policy.roles[key]]),
        licences: policy.licences.length > 0 ? [...policy.licences] : [...DEFAULT_LICENCES],
        environments: byStage((key) => policy.environments[key] || defaultEnvironmentUrl(key)),
        githubEnterpriseUrl: policy.githubEnterpriseUrl ?? '',
        mentions: policy.notifications.mentions,
        maxMentions: String(policy.notifications.maxMentions),
        integrationsChannel: policy.integrationsChannel,
    };
}

export interface DraftProblems {
    readonly environments: readonly StageKey[];
    readonly noLicences: boolean;
    /** Set and not an http(s) URL. */
    readonly githubEnterpriseUrl: boolean;
    /** Not a whole number from 1 to MAX_MENTIONS_LIMIT. */
    readonly maxMentions: boolean;
    /** Not a channel's URL name. */
    readonly integrationsChannel: boolean;
}

export function draftProblems(draft: PolicyDraft): DraftProblems {
    return {
        environments: STAGE_KEYS.filter((key) => !isHttpUrl(draft.environments[key].trim())),
        noLicences: draft.licences.length === 0,
        githubEnterpriseUrl: draft.githubEnterpriseUrl.trim() !== '' && !isHttpUrl(draft.githubEnterpriseUrl.trim()),
        maxMentions: mentionCap(draft.maxMentions) === null,
        integrationsChannel: !PATTERNS.channelName.test(draft.integrationsChannel.trim()),
    };
}

export function hasProblems(problems: DraftProblems): boolean {
    return problems.environments.length > 0 || problems.noLicences || problems.githubEnterpriseUrl || problems.maxMentions || problems.integrationsChannel;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
    return a.length === b.length && a.every((value, index) => value === b[index]);
}

export function sameDraft(a: PolicyDraft, b: PolicyDraft): boolean {
    return ROLE_KEYS.every((key) => sameList(a.roles[key], b.roles[key])) &&
        sameList(a.licences, b.licences) &&
        STAGE_KEYS.every((key) => a.environments[key] === b.environments[key]) &&
        a.githubEnterpriseUrl.trim() === b.githubEnterpriseUrl.trim() &&
        a.mentions === b.mentions && a.maxMentions.trim() === b.maxMentions.trim() && a.integrationsChannel.trim() === b.integrationsChannel.trim();
}

/** The one event a save appends. URLs are trimmed here so stray spaces never reach the log. */
export function policyEventDraft(draft: PolicyDraft): EventDraft {
    return {
        type: 'policy.set',
        roles: byRole((key) => [...draft.roles[key]]),
        licences: [...draft.licences],
        environments: byStage((key) => draft.environments[key].trim()),
        ...(draft.githubEnterpriseUrl.trim() === '' ? {} : {githubEnterpriseUrl: draft.githubEnterpriseUrl.trim()}),
        // Always written, so a later save never drops a team's choice back to the defaults.
        notifications: {mentions: draft.mentions, maxMentions: mentionCap(draft.maxMentions) ?? DEFAULT_NOTIFICATIONS.maxMentions},
        integrationsChannel: draft.integrationsChannel.trim(),
    };
}

/** The content of a policy event, to compare with a draft (a failed send of the same content is retried, not re-sent). */
export function draftFromEvent(event: PolicyEvent): PolicyDraft {
    const notifications = event.notifications ?? DEFAULT_NOTIFICATIONS;
    return {
        roles: event.roles, licences: event.licences, environments: event.environments, githubEnterpriseUrl: event.githubEnterpriseUrl ?? '',
        mentions: notifications.mentions, maxMentions: String(notifications.maxMentions), integrationsChannel: event.integrationsChannel ?? DEFAULT_INTEGRATIONS_CHANNEL,
    };
}
