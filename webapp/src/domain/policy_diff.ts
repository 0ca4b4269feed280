// "What changed" between two consecutive policies, for the change history and the policy post. A
// policy event always carries the whole policy, so the change is the difference from the one before it.
// The words are i18n/policy_words.ts's.
import {changePhrase, policyDescription, type PolicyProcess, type PolicyWords} from '../i18n/policy_words';

import {DEFAULT_INTEGRATIONS_CHANNEL, DEFAULT_NOTIFICATIONS} from './policy';
import {ROLE_LABELS, stageDef} from './process';
import {ROLE_KEYS, type RoleKey, STAGE_KEYS, type StageKey} from './process_types';
import type {TrackerState} from './tracker_state';

export type {PolicyWords} from '../i18n/policy_words';

/** What a policy holds, whether set (a policy.set event, the folded policy) or being edited. */
export interface PolicyContent {
    readonly roles: Readonly<Record<RoleKey, readonly string[]>>;
    readonly licences: readonly string[];
    readonly environments: Readonly<Record<StageKey, string>>;
    /** The team's GitHub Enterprise Server: '' in a draft, null in the folded policy, absent from an event when none. */
    readonly githubEnterpriseUrl?: string | null | undefined;
    /** Absent (an older event, a draft without them): the defaults. */
    readonly notifications?: Mentions | undefined;
    readonly integrationsChannel?: string | undefined;
}

type Mentions = {readonly mentions: boolean; readonly maxMentions: number};

export type PolicyChange =
    | {readonly kind: 'role-added' | 'role-removed'; readonly role: RoleKey; readonly userId: string}
    | {readonly kind: 'licence-added' | 'licence-removed'; readonly licence: string}
    | {readonly kind: 'environment-changed'; readonly stage: StageKey; readonly from: string; readonly to: string}
    /** '' for none. */
    | {readonly kind: 'github-changed'; readonly from: string; readonly to: string}
    | {readonly kind: 'mentions-changed'; readonly from: Mentions; readonly to: Mentions}
    | {readonly kind: 'integrations-channel-changed'; readonly from: string; readonly to: string};

function added(before: readonly string[], after: readonly string[]): string[] {
    const had = new Set(before);
    return after.filter((value) => !had.has(value));
}

export function diffPolicies(before: PolicyContent, after: PolicyContent): PolicyChange[] {
    const changes: PolicyChange[] = [];
    for (const role of ROLE_KEYS) {
        for (const userId of added(before.roles[role], after.roles[role])) {
            changes.push({kind: 'role-added', role, userId});
        }
        for (const userId of added(after.roles[role], before.roles[role])) {
            changes.push({kind: 'role-removed', role, userId});
        }
    }
    for (const licence of added(before.licences, after.licences)) {
        changes.push({kind: 'licence-added', licence});
    }
    for (const licence of added(after.licences, before.licences)) {
        changes.push({kind: 'licence-removed', licence});
    }
    for (const stage of STAGE_KEYS) {
        if (before.environments[stage] !== after.environments[stage]) {
            changes.push({kind: 'environment-changed', stage, from: before.environments[stage], to: after.environments[stage]});
        }
    }
    const github = (policy: PolicyContent) => policy.githubEnterpriseUrl ?? '';
    if (github(before) !== github(after)) {
        changes.push({kind: 'github-changed', from: github(before), to: github(after)});
    }
    const mentions = (policy: PolicyContent) => policy.notifications ?? DEFAULT_NOTIFICATIONS;
    if (mentions(before).mentions !== mentions(after).mentions || mentions(before).maxMentions !== mentions(after).maxMentions) {
        changes.push({kind: 'mentions-changed', from: mentions(before), to: mentions(after)});
    }
    const channel = (policy: PolicyContent) => policy.integrationsChannel ?? DEFAULT_INTEGRATIONS_CHANNEL;
    if (channel(before) !== channel(after)) {
        changes.push({kind: 'integrations-channel-changed', from: channel(before), to: channel(after)});
    }
    return changes;
}

const PROCESS: PolicyProcess = {roles: ROLE_KEYS, roleLabels: ROLE_LABELS, stage: stageDef};

/** One change as a phrase: "added @bob to QA team", "allowed the licence ISC". */
export function describePolicyChange(change: PolicyChange, words: PolicyWords): string {
    return changePhrase(change, words, PROCESS);
}

/** A policy described: what changed from the one before it, or (the first) what it holds. A lead line and a list. */
export function describePolicy(policy: PolicyContent, previous: PolicyContent | null, words: PolicyWords): {readonly lead: string; readonly items: readonly string[]} {
    return policyDescription(policy, previous === null ? null : diffPolicies(previous, policy), words, PROCESS);
}

/** The policy in force just before a policy post of the record (null: none was), for saying what that post changed. */
export function policyBefore(state: TrackerState, postId: string): PolicyContent | null {
    let before: PolicyContent | null = null;
    for (const entry of state.policyHistory) {
        if (entry.postId === postId) {
            return before;
        }
        if (entry.policy !== null) {
            before = entry.policy;
        }
    }
    return before;
}
