// Why the rules refuse a change (domain/rules.ts): the fold records these on refused posts, and the
// panel, the cards and the command show them when a button is disabled or a change is refused.
// Plain text, no Markdown (a plugin is named by its id, as people type it). The rules pick the
// sentence and fill in the process's labels (`item`: "QA pass") and the role words of role_words.ts.
// One export per sentence, imported as a namespace (`import * as refusal`) rather than one object:
// rules.ts is its only importer, so the bundler merges the two and the minifier shortens every
// name, where an object's keys would all ship (twice the bytes).
import {BEFORE_POLICY} from './role_words';

/** Said after a refusal by role while no policy names the role holders. */
export const beforePolicy = (configured: boolean) => (configured ? '' : ` ${BEFORE_POLICY}`);
/** "core committers or QA team members". */
export const eitherRole = (roles: readonly string[]) => roles.join(' or ');
export const ownersOr = (roles: string) => `the plugin's owners or ${roles}`;
/** A refusal that lists what is still missing: the lead line ("… cannot be signed off yet; still missing:"), then all in one line. */
export const missingLead = (what: string) => `${what} yet; still missing:`;
export const missingLine = (lead: string, items: readonly string[]) => `${lead} ${items.join('; ')}.`;
export const cannotSignOff = (item: string) => `${item} cannot be signed off`;
export const cannotDeploy = (plugin: string, environment: string) => `The plugin ${plugin} cannot be deployed to ${environment}`;

export const noEvidenceField = (item: string, field: string, fields: readonly string[]) => `${item} has no evidence field '${field}'; its fields are: ${fields.join(', ') || 'none'}.`;
export const evidenceNotPermitted = (roles: string, item: string, plugin: string, before: string) => `Only the plugin's owners or ${roles} can record evidence for ${item} on ${plugin}.${before}`;
export const waivedNeedsNoEvidence = (item: string, plugin: string) => `${item} is marked not applicable for ${plugin}; it needs no evidence.`;
export const signedKeepsEvidence = (item: string, plugin: string) => `${item} is already signed off for ${plugin}; withdraw the sign-off before changing its evidence.`;
export const badEvidence = (field: string, problem: string) => `The evidence '${field}' ${problem}.`;

export const noSubstep = (item: string, substep: string) => `${item} has no sub-step '${substep}'.`;
export const substepDoesNotApply = (item: string, plugin: string, reason: string) => `This sub-step of ${item} does not apply to ${plugin}: ${reason}`.trim();
export const substepNotPermitted = (who: string, item: string, before: string) => `Only ${who} can check off this sub-step of ${item}.${before}`;
export const substepChecked = (item: string) => `This sub-step of ${item} is already checked.`;
export const substepNotChecked = (item: string) => `This sub-step of ${item} is not checked.`;
export const signedKeepsSubsteps = (item: string, plugin: string) => `${item} is already signed off for ${plugin}; withdraw the sign-off before reopening its sub-steps.`;

export const sameCommitter = 'The complete code review needs two different core committers: you already signed off the other slot.';
export const basicReviewer = 'The basic reviewer should be one of the two complete reviewers if available, and neither signer is them. If they are not available, sign with a reason why (substitute reason; /plugin-onboard signoff … --substitute "why"), on either slot.';
export const noSlot = (item: string, slot: string, slots: readonly string[]) => `${item} has no '${slot}' sign-off; it is signed off by: ${slots.join(', ')}.`;
export const waivedNeedsNoSignOff = (item: string, plugin: string) => `${item} is marked not applicable for ${plugin}; it needs no sign-off.`;
export const signOffNotPermitted = (members: string, item: string, role: string, before: string) =>
    `Only ${members} can sign off ${item}; the ${role} roster is set in the onboarding policy.${before}`;
export const ownersCannotSign = (plugin: string, item: string, actor: string) => `Owners of ${plugin}, and whoever registered it, cannot sign off its ${item}; someone else from ${actor} must.`;
export const slotSigned = (slot: string, item: string) => `The ${slot} sign-off of ${item} is already given; withdraw it first to sign again.`;

export const nothingToWithdraw = (slot: string | undefined, item: string) => `There is no ${slot === undefined ? '' : `${slot} `}sign-off on ${item} to withdraw.`;
export const withdrawNotPermitted = (item: string) => `Only the person who signed off ${item}, or a system admin, can withdraw the sign-off.`;

export const waiverNotPermitted = (item: string) => `Only system admins can mark ${item} or its sub-steps not applicable.`;
export const alreadyWaived = (item: string, plugin: string) => `${item} is already marked not applicable for ${plugin}.`;
export const substepAlreadyWaived = (item: string) => `This sub-step of ${item} is already not applicable.`;

export const releaseNotPermitted = (plugin: string, before: string) => `Only the owners of ${plugin} or Integrations team members can set its release.${before}`;

export const deployNotPermitted = (members: string, environment: string, before: string) => `Only ${members} can record a deployment to ${environment}.${before}`;
export const alreadyDeployed = (plugin: string, environment: string, release: string | null | undefined) =>
    `The plugin ${plugin} is already deployed to ${environment}${release ? ` with release ${release}` : ''}.`;

export const archiveNotPermitted = (plugin: string) => `Only the owners of ${plugin} or a system admin can archive it.`;

export const policyNotPermitted = 'Only system admins can set the onboarding policy.';
export const restoreNotPermitted = 'Only system admins can restore posts to the record.';
export const acceptNotPermitted = 'Only system admins can accept a gap in the record.';

export const pluginExists = (id: string) => `A plugin with id \`${id}\` is already registered; use another id or continue with the existing one.`;
export const pluginExistsWithoutCase = (id: string) => `A plugin with id \`${id}\` is already registered (ids are compared without case); use another id or continue with the existing one.`;
export const unknownPlugin = (id: string, other: string | null) => (other ?
    `No plugin with id \`${id}\` is registered in this tracker; did you mean \`${other}\`?` :
    `No plugin with id \`${id}\` is registered in this tracker.`);
export const archived = (plugin: string) => `The plugin ${plugin} is archived; it accepts no further changes.`;
