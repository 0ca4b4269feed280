// The rules: whether an event may be applied to the state as it stands. The fold calls check()
// for every readable event, and clients call it to preflight and to explain disabled buttons, so
// the two can never disagree.
import type {Author} from './author';
import {isPluginEvent, type EventOf, type OnboardEvent, type PluginEvent, type TrackerEvent} from './events';
import {deployGaps, evidenceValueProblem, itemName, preSignOffGaps} from './gates';
import {isOwner, isOwnerOrRegistrant} from './people';
import {getPlugin, type PluginRecord} from './plugin_records';
import {holdsRole} from './policy';
import {itemDef, ROLE_LABELS, stageDef, substepIndex} from './process';
import {SLOT_KEYS, type ItemDef, type RoleKey, type StageKey} from './process_types';
import {evidenceFields, releaseMustRun} from './rule_versions';
import {otherSlot, slotsFor} from './slots';
import type {ItemState, PluginState, PolicyState, Rejection, RejectionCode} from './tracker_state';
import {ACTOR_NOUN, BEFORE_POLICY, ROLE_MEMBERS} from '../i18n/role_words';

/** The part of the state the rules read: the fold passes its working copy, clients a TrackerState. */
export interface RuleView {
    readonly policy: PolicyState;
    readonly plugins: PluginRecord;
}

function reject(code: RejectionCode, message: string): Rejection {
    return {code, message};
}

/** A refusal that lists what is still missing: one line in `message`, a lead line and items in `list`. */
function rejectMissing(what: string, items: readonly string[]): Rejection {
    const lead = `${what} yet; still missing:`;
    return {code: 'gate', message: `${lead} ${items.join('; ')}.`, list: {lead, items}};
}

function beforePolicy(policy: PolicyState): string {
    return policy.configured ? '' : ` ${BEFORE_POLICY}`;
}

const rolesByItem = new Map<string, readonly RoleKey[]>();

/** The roles that sign the item off (computed once per item: checks run for every event). */
function itemRoles(def: ItemDef): readonly RoleKey[] {
    let roles = rolesByItem.get(def.key);
    if (!roles) {
        roles = [...new Set(def.slots.map((slot) => slot.role))];
        rolesByItem.set(def.key, roles);
    }
    return roles;
}

function holdsItemRole(policy: PolicyState, def: ItemDef, author: Author): boolean {
    for (const role of itemRoles(def)) {
        if (holdsRole(policy, role, author)) {
            return true;
        }
    }
    return false;
}

function itemRolesNoun(def: ItemDef): string {
    return itemRoles(def).map((role) => ROLE_MEMBERS[role]).join(' or ');
}

/** Whether any slot of the item is signed (without making an array of its keys: every evidence and sub-step event asks). */
function isSigned(item: ItemState): boolean {
    for (const slot of SLOT_KEYS) {
        if (item.signOffs[slot]) {
            return true;
        }
    }
    return false;
}

/** How refusals name a plugin: its id, as people type it. Refusals are plain text (no Markdown): the panel, the cards and the command's error line show them as they are. */
function pluginRef(plugin: PluginState): string {
    return plugin.id;
}

function checkEvidence(view: RuleView, plugin: PluginState, event: EventOf<'evidence.set'>, author: Author): Rejection | null {
    const def = itemDef(event.item);
    const fields = evidenceFields(event.v, def);
    const field = fields.find((evidence) => evidence.key === event.field);
    if (!field) {
        return reject('invalid', `${itemName(def)} has no evidence field '${event.field}'; its fields are: ${fields.map((e) => e.key).join(', ') || 'none'}.`);
    }
    if (!isOwnerOrRegistrant(plugin, author.userId) && !holdsItemRole(view.policy, def, author)) {
        return reject('not-permitted', `Only the plugin's owners or ${itemRolesNoun(def)} can record evidence for ${itemName(def)} on ${pluginRef(plugin)}.${beforePolicy(view.policy)}`);
    }
    const item = plugin.items[event.item];
    if (item.waiver) {
        return reject('invalid', `${itemName(def)} is marked not applicable for ${pluginRef(plugin)}; it needs no evidence.`);
    }
    if (isSigned(item)) {
        return reject('gate', `${itemName(def)} is already signed off for ${pluginRef(plugin)}; withdraw the sign-off before changing its evidence.`);
    }
    const problem = evidenceValueProblem(field.kind, event.value);
    if (problem) {
        return reject('invalid', `The evidence '${field.label}' ${problem}.`);
    }
    return null;
}

function checkSubStep(view: RuleView, plugin: PluginState, event: EventOf<'substep.checked' | 'substep.unchecked'>, author: Author): Rejection | null {
    const def = itemDef(event.item);
    const index = substepIndex(def, event.substep);
    const substepDef = def.substeps[index];
    const state = plugin.items[event.item].substeps[index];
    if (!substepDef || !state) {
        return reject('invalid', `${itemName(def)} has no sub-step '${event.substep}'.`);
    }
    const item = plugin.items[event.item];
    // What does not apply to the plugin is said first: who may check it does not matter then.
    if (item.waiver || state.status === 'not-applicable') {
        return reject('invalid', `This sub-step of ${itemName(def)} does not apply to ${pluginRef(plugin)}: ${state.notApplicableReason ?? item.waiver?.reason ?? ''}`.trim());
    }
    const permitted = substepDef.checkedBy === 'author' ?
        isOwner(plugin, author.userId) || holdsItemRole(view.policy, def, author) :
        holdsRole(view.policy, substepDef.checkedBy, author);
    if (!permitted) {
        const who = substepDef.checkedBy === 'author' ? `the plugin's owners or ${itemRolesNoun(def)}` : ROLE_MEMBERS[substepDef.checkedBy];
        return reject('not-permitted', `Only ${who} can check off this sub-step of ${itemName(def)}.${beforePolicy(view.policy)}`);
    }
    if (event.type === 'substep.checked') {
        return state.status === 'checked' ? reject('invalid', `This sub-step of ${itemName(def)} is already checked.`) : null;
    }
    if (state.status !== 'checked') {
        return reject('invalid', `This sub-step of ${itemName(def)} is not checked.`);
    }
    if (isSigned(item)) {
        return reject('gate', `${itemName(def)} is already signed off for ${pluginRef(plugin)}; withdraw the sign-off before reopening its sub-steps.`);
    }
    return null;
}

function checkCompleteReview(plugin: PluginState, event: EventOf<'signoff.given'>, author: Author): Rejection | null {
    const otherKey = otherSlot(event.item, event.slot);
    const other = otherKey === null ? undefined : plugin.items[event.item].signOffs[otherKey];
    if (!other) {
        return null;
    }
    if (other.by === author.userId) {
        return reject('gate', 'The complete code review needs two different core committers: you already signed off the other slot.');
    }
    const basic = plugin.items['basic-review'].signOffs.signoff;
    if (basic && basic.by !== author.userId && basic.by !== other.by && !event.substituteReason) {
        return reject('gate', 'The basic reviewer should be one of the two complete reviewers if available, and neither signer is them. If they are not available, sign with a reason why (substitute reason; /plugin-onboard signoff … --substitute "why"), on either slot.');
    }
    return null;
}

function checkSignOff(view: RuleView, plugin: PluginState, event: EventOf<'signoff.given'>, author: Author): Rejection | null {
    const def = itemDef(event.item);
    const slot = def.slots.find((candidate) => candidate.key === event.slot);
    if (!slot) {
        return reject('invalid', `${itemName(def)} has no '${event.slot}' sign-off; it is signed off by: ${def.slots.map((s) => s.label).join(', ')}.`);
    }
    const item = plugin.items[event.item];
    if (item.waiver) {
        return reject('invalid', `${itemName(def)} is marked not applicable for ${pluginRef(plugin)}; it needs no sign-off.`);
    }
    if (!holdsRole(view.policy, slot.role, author)) {
        return reject('not-permitted', `Only ${ROLE_MEMBERS[slot.role]} can sign off ${itemName(def)}; the ${ROLE_LABELS[slot.role]} roster is set in the onboarding policy.${beforePolicy(view.policy)}`);
    }
    // Whoever registered the plugin counts as an owner here, so naming someone else as owner cannot buy a self-review.
    if (!def.ownersMaySignOff && isOwnerOrRegistrant(plugin, author.userId)) {
        return reject('not-permitted', `Owners of ${pluginRef(plugin)}, and whoever registered it, cannot sign off its ${itemName(def)}; someone else from ${ACTOR_NOUN[slot.role]} must.`);
    }
    if (item.signOffs[slot.key]) {
        return reject('invalid', `The ${slot.label} sign-off of ${itemName(def)} is already given; withdraw it first to sign again.`);
    }
    const gaps = preSignOffGaps(view.policy, plugin, def, item, event.v);
    if (gaps.length > 0) {
        return rejectMissing(`${itemName(def)} cannot be signed off`, gaps.map((gap) => gap.what));
    }
    return slotsFor(event.item).paired ? checkCompleteReview(plugin, event, author) : null;
}

function checkWithdraw(plugin: PluginState, event: EventOf<'signoff.withdrawn'>, author: Author): Rejection | null {
    const def = itemDef(event.item);
    const signOff = plugin.items[event.item].signOffs[event.slot];
    if (!signOff) {
        const slot = def.slots.find((candidate) => candidate.key === event.slot);
        return reject('invalid', `There is no ${slot ? `${slot.label} ` : ''}sign-off on ${itemName(def)} to withdraw.`);
    }
    if (signOff.by !== author.userId && !author.isSystemAdmin) {
        return reject('not-permitted', `Only the person who signed off ${itemName(def)}, or a system admin, can withdraw the sign-off.`);
    }
    return null;
}

function checkWaiver(plugin: PluginState, event: EventOf<'waived'>, author: Author): Rejection | null {
    const def = itemDef(event.item);
    if (!author.isSystemAdmin) {
        return reject('not-permitted', `Only system admins can mark ${itemName(def)} or its sub-steps not applicable.`);
    }
    const item = plugin.items[event.item];
    if (item.waiver) {
        return reject('invalid', `${itemName(def)} is already marked not applicable for ${pluginRef(plugin)}.`);
    }
    if (event.substep === undefined) {
        return null;
    }
    const index = substepIndex(def, event.substep);
    const state = item.substeps[index];
    if (!state) {
        return reject('invalid', `${itemName(def)} has no sub-step '${event.substep}'.`);
    }
    return state.status === 'not-applicable' ? reject('invalid', `This sub-step of ${itemName(def)} is already not applicable.`) : null;
}

function checkRelease(view: RuleView, plugin: PluginState, author: Author): Rejection | null {
    if (isOwnerOrRegistrant(plugin, author.userId) || holdsRole(view.policy, 'integrations', author)) {
        return null;
    }
    return reject('not-permitted', `Only the owners of ${pluginRef(plugin)} or Integrations team members can set its release.${beforePolicy(view.policy)}`);
}

/** Version 3: a server that builds releases and runs an older one takes the release in force. */
function newerRelease(plugin: PluginState, event: EventOf<'stage.deployed'>): boolean {
    const release = plugin.release?.version;
    return releaseMustRun(event.v) && stageDef(event.stage).environment.builds !== 'master' && release !== undefined &&
        plugin.stages[event.stage].deployment?.release !== release;
}

function runs(plugin: PluginState, stage: StageKey): string {
    const release = plugin.stages[stage].deployment?.release;
    return release ? ` with release ${release}` : '';
}

function checkDeploy(view: RuleView, plugin: PluginState, event: EventOf<'stage.deployed'>, author: Author): Rejection | null {
    const def = stageDef(event.stage);
    if (!holdsRole(view.policy, def.deployedBy, author)) {
        return reject('not-permitted', `Only ${ROLE_MEMBERS[def.deployedBy]} can record a deployment to ${def.environment.name}.${beforePolicy(view.policy)}`);
    }
    if (plugin.stages[event.stage].status === 'deployed' && !newerRelease(plugin, event)) {
        return reject('invalid', `The plugin ${pluginRef(plugin)} is already deployed to ${def.environment.name}${runs(plugin, event.stage)}.`);
    }
    const missing = deployGaps(view.policy, plugin, event.stage);
    if (missing.length > 0) {
        return rejectMissing(`The plugin ${pluginRef(plugin)} cannot be deployed to ${def.environment.name}`, missing.map((m) => m.message));
    }
    return null;
}

function checkArchive(plugin: PluginState, author: Author): Rejection | null {
    if (isOwnerOrRegistrant(plugin, author.userId) || author.isSystemAdmin) {
        return null;
    }
    return reject('not-permitted', `Only the owners of ${pluginRef(plugin)} or a system admin can archive it.`);
}

function checkPluginEvent(view: RuleView, plugin: PluginState, event: Exclude<PluginEvent, EventOf<'plugin.registered'>>, author: Author): Rejection | null {
    switch (event.type) {
    case 'evidence.set': return checkEvidence(view, plugin, event, author);
    case 'substep.checked':
    case 'substep.unchecked': return checkSubStep(view, plugin, event, author);
    case 'signoff.given': return checkSignOff(view, plugin, event, author);
    case 'signoff.withdrawn': return checkWithdraw(plugin, event, author);
    case 'waived': return checkWaiver(plugin, event, author);
    case 'release.set': return checkRelease(view, plugin, author);
    case 'stage.deployed': return checkDeploy(view, plugin, event, author);
    case 'plugin.archived': return checkArchive(plugin, author);
    }
}

/** Why the event would be rejected if appended now by this author, or null when it would be accepted. */
export function check(view: RuleView, event: OnboardEvent, author: Author): Rejection | null {
    return checkFor(view, event, isPluginEvent(event) ? getPlugin(view.plugins, event.plugin) : undefined, author);
}

/** The registered id that differs from this one only in case, if any. */
function sameIdWithoutCase(view: RuleView, id: string, lowerIds: ReadonlySet<string> | undefined): string | null {
    const lower = id.toLowerCase();
    if (lowerIds && !lowerIds.has(lower)) {
        return null;
    }
    for (const known of Object.keys(view.plugins)) {
        if (known.toLowerCase() === lower) {
            return known;
        }
    }
    return null;
}

function checkTrackerEvent(event: TrackerEvent, author: Author): Rejection | null {
    switch (event.type) {
    case 'policy.set': return author.isSystemAdmin ? null : reject('not-permitted', 'Only system admins can set the onboarding policy.');
    case 'integrity.restored': return author.isSystemAdmin ? null : reject('not-permitted', 'Only system admins can restore posts to the record.');
    case 'integrity.accepted': return author.isSystemAdmin ? null : reject('not-permitted', 'Only system admins can accept a gap in the record.');
    // Anyone may report what their client saw deleted; whether the report counts is weighed with the whole log (integrity.ts).
    case 'integrity.reported': return null;
    }
}

/**
 * check() with the event's plugin already looked up (undefined: none, or a tracker event): the fold
 * then applies it without a second lookup. `lowerIds`, when the caller keeps them, are the
 * registered ids in lower case (ids are unique without case).
 */
export function checkFor(view: RuleView, event: OnboardEvent, plugin: PluginState | undefined, author: Author, lowerIds?: ReadonlySet<string>): Rejection | null {
    if (!isPluginEvent(event)) {
        return checkTrackerEvent(event, author);
    }
    if (event.type === 'plugin.registered') {
        if (plugin) {
            return reject('plugin-exists', `A plugin with id \`${plugin.id}\` is already registered; use another id or continue with the existing one.`);
        }
        const taken = sameIdWithoutCase(view, event.plugin, lowerIds);
        return taken ? reject('plugin-exists', `A plugin with id \`${taken}\` is already registered (ids are compared without case); use another id or continue with the existing one.`) : null;
    }
    if (!plugin) {
        const other = sameIdWithoutCase(view, event.plugin, lowerIds);
        return reject('unknown-plugin', other ?
            `No plugin with id \`${event.plugin}\` is registered in this tracker; did you mean \`${other}\`?` :
            `No plugin with id \`${event.plugin}\` is registered in this tracker.`);
    }
    if (plugin.archived) {
        return reject('archived', `The plugin ${pluginRef(plugin)} is archived; it accepts no further changes.`);
    }
    return checkPluginEvent(view, plugin, event, author);
}
