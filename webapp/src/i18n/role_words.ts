// Words for people and roles in refusals, missing-gate lines and moves. User ids never appear in
// these sentences: the UI knows usernames, the fold does not. (The roles' own names, "QA team",
// are the process's: domain/process.ts ROLE_LABELS.)
import type {Actor, RoleKey} from '../domain/process_types';

/** "sign-off by the QA team", "evidence from the author". */
export const ACTOR_NOUN: Readonly<Record<Actor, string>> = {
    author: 'the author',
    'core-committer': 'a core committer',
    qa: 'the QA team',
    pm: 'the PM',
    integrations: 'the Integrations team',
};

/** "Only QA team members can sign off QA pass." */
export const ROLE_MEMBERS: Readonly<Record<RoleKey, string>> = {
    'core-committer': 'core committers',
    qa: 'QA team members',
    pm: 'PMs',
    integrations: 'Integrations team members',
};

export const BEFORE_POLICY = 'Until a system admin sets the onboarding policy, only system admins can act for the roles.';
