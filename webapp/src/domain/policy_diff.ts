// "What changed" between two consecutive policies, for the change history. A policy event always
// carries the whole policy, so the change is the difference from the one before it.
import {ROLE_KEYS, type RoleKey, STAGE_KEYS, type StageKey} from '../../domain/process_types';

import type {PolicyDraft} from './policy_draft';

export type PolicyChange =
    | {readonly kind: 'role-added' | 'role-removed'; readonly role: RoleKey; readonly userId: string}
    | {readonly kind: 'licence-added' | 'licence-removed'; readonly licence: string}
    | {readonly kind: 'environment-changed'; readonly stage: StageKey; readonly from: string; readonly to: string}
    | {readonly kind: 'github-changed'; readonly from: string; readonly to: string};

function added(before: readonly string[], after: readonly string[]): string[] {
    const had = new Set(before);
    return after.filter((value) => !had.has(value));
}

export function diffPolicies(before: PolicyDraft, after: PolicyDraft): PolicyChange[] {
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
    if (before.githubEnterpriseUrl !== after.githubEnterpriseUrl) {
        changes.push({kind: 'github-changed', from: before.githubEnterpriseUrl, to: after.githubEnterpriseUrl});
    }
    return changes;
}
