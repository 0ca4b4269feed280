// What stands between an item and its sign-off, and between a stage and its deployment, in words
// (domain/gates.ts): the line a refusal lists ("evidence 'QA notes' from the QA team"), the short
// imperative of a move ("Provide evidence: QA notes"), why an evidence value does not fit its
// field, and the warning for a licence off the allow-list. Plain text; the process's labels and
// the values arrive as parameters, who acts as an Actor (named by role_words.ts). One export per
// sentence, imported as a namespace, like refusal_words.ts.
import type {Actor} from '../domain/process_types';

import {ACTOR_NOUN} from './role_words';

export const notUrl = 'must be an http(s) URL';
export const notSpdx = 'must be an SPDX licence id such as MIT or Apache-2.0';
export const empty = 'must not be empty';

/** The release in force must run on the server the item is tested on first. `running`: what runs there now, if anything. */
export const releaseNotRunning = (release: string, environment: string, actor: Actor, running: string | null): string => `release ${release} deployed to ${environment} by ${ACTOR_NOUN[actor]} (${running === null ? 'nothing is deployed there yet' : `it runs ${running}`})`;

export const deployRelease = (release: string, environment: string): string => `Deploy ${release} to ${environment}`;

export const licenceWarning = (value: string, licences: readonly string[], item: string): string => `${value} is not on this team's licence allow-list (${licences.join(', ')}): ${item} cannot be signed off with it. Record a licence on the list, or ask a system admin whether ${value} should be added.`;

export const evidenceFrom = (field: string, actor: Actor): string => `evidence '${field}' from ${ACTOR_NOUN[actor]}`;

export const provideEvidence = (field: string): string => `Provide evidence: ${field}`;

export const licenceOffList = (licences: readonly string[], value: string): string => `a licence on the allow-list (${licences.join(', ')}); '${value}' is not on it`;

export const useListedLicence = (field: string): string => `Use a licence on the allow-list: ${field}`;

/** A sub-step in a list of what is missing: its checklist line in quotes, without the full stop. */
export const substepBy = (substep: string, actor: Actor): string => `sub-step “${substep.replace(/\.$/, '')}” by ${ACTOR_NOUN[actor]}`;

export const checkSubstep = (substep: string): string => `Check sub-step: ${substep}`;

export const releaseFromAuthor = 'a release (version and URL) from the author';
export const setRelease = 'Set the release (version and URL)';

/** `slot` is named only for an item signed in more than one slot. */
export const signOffBy = (slot: string | null, actor: Actor): string => slot === null ? `sign-off by ${ACTOR_NOUN[actor]}` : `sign-off (${slot}) by ${ACTOR_NOUN[actor]}`;

export const signOff = (slot: string | null): string => slot === null ? 'Sign off' : `Sign off (${slot})`;

export const previousNotDeployed = (stage: string): string => `previous stage ${stage} is not deployed`;

/** A line of what a stage's deployment waits on: "QA pass: sign-off by the QA team". */
export const ofItem = (item: string, what: string): string => `${item}: ${what}`;

export const releaseQa = (release: string | undefined): string => `sign-off by the QA team on release ${release ?? '(none set)'}`;
