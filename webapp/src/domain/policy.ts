// Who holds which role. Until a system admin sets policy there are no rosters, and only system
// admins may act for the roles: a fresh tracker is safe before anyone has configured it.
import type {Author} from './author';
import {DEFAULT_LICENCES, STAGES} from './process';
import {ROLE_KEYS, type RoleKey, type StageKey} from './process_types';
import type {EventOf} from './events';
import type {PolicyState, Stamp} from './tracker_state';

function defaultEnvironments(): Record<StageKey, string> {
    const environments: Partial<Record<StageKey, string>> = {};
    for (const stage of STAGES) {
        environments[stage.key] = stage.environment.defaultUrl;
    }
    return environments as Record<StageKey, string>;
}

/** Mentions on, and few enough people per post that a roster never turns a post into a broadcast. */
export const DEFAULT_NOTIFICATIONS: PolicyState['notifications'] = {mentions: true, maxMentions: 10};
/** The seed's "Integrations and Apps" channel on the Community server: ~integrations. */
export const DEFAULT_INTEGRATIONS_CHANNEL = 'integrations';

export const INITIAL_POLICY: PolicyState = {
    configured: false,
    roles: {'core-committer': [], qa: [], pm: [], integrations: []},
    licences: DEFAULT_LICENCES,
    environments: defaultEnvironments(),
    githubEnterpriseUrl: null,
    notifications: DEFAULT_NOTIFICATIONS,
    integrationsChannel: DEFAULT_INTEGRATIONS_CHANNEL,
    stamp: null,
};

export function holdsRole(policy: PolicyState, role: RoleKey, author: Author): boolean {
    if (!policy.configured) {
        return author.isSystemAdmin;
    }
    return policy.roles[role].includes(author.userId);
}

/** The roles a user is listed in (rosters only: before policy, admins act for every role). */
export function rolesOf(policy: PolicyState, userId: string): RoleKey[] {
    return ROLE_KEYS.filter((role) => policy.roles[role].includes(userId));
}

export function licenceAllowed(policy: PolicyState, spdx: string): boolean {
    const wanted = spdx.toLowerCase();
    return policy.licences.some((licence) => licence.toLowerCase() === wanted);
}

/** The policy a policy.set event puts in force; fields older events lack take their defaults. */
export function policyOf(event: EventOf<'policy.set'>, stamp: Stamp): PolicyState {
    return {
        configured: true,
        roles: event.roles,
        licences: event.licences,
        environments: event.environments,
        githubEnterpriseUrl: event.githubEnterpriseUrl ?? null,
        notifications: event.notifications ?? DEFAULT_NOTIFICATIONS,
        integrationsChannel: event.integrationsChannel ?? DEFAULT_INTEGRATIONS_CHANNEL,
        stamp,
    };
}
