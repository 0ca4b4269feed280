// The rules: whether an event may be applied to the state as it stands. The fold calls check()
// for every readable event, and clients call it to preflight and to explain disabled buttons, so
// the two can never disagree. The sentences of a refusal are i18n/refusal_words.ts's.
import * as refusal from '../i18n/refusal_words';
import {ACTOR_NOUN, ROLE_MEMBERS} from '../i18n/role_words';

import type {Author} from './author';
import {isPluginEvent, type EventOf, type OnboardEvent, type PluginEvent, type TrackerEvent} from './events';
import {deployGaps, evidenceValueProblem, itemName, preSignOffGaps} from './gates';
import {isOwner, isOwnerOrRegistrant} from './people';
import {getPlugin, type PluginRecord} from './plugin_records';
import {holdsRole} from './policy';
import {itemDef, ROLE_LABELS, stageDef, substepIndex} from './process';
import {SLOT_KEYS, type ItemDef, type RoleKey} from './process_types';
import {evidenceFields, releaseMustRun} from './rule_versions';
import {otherSlot, slotsFor} from './slots';
import type {ItemState, PluginState, PolicyState, Rejection, RejectionCode} from './tracker_state';

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
    const lead = refusal.missingLead(what);
    return {code: 'gate', message: refusal.missingLine(lead, items), list: {lead, items}};
}

function beforePolicy(policy: PolicyState): string {
    return refusal.beforePolicy(policy.configured);
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
    return refusal.eitherRole(itemRoles(def).map((role) => ROLE_MEMBERS[role]));
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
        return reject('invalid', refusal.noEvidenceField(itemName(def), event.field, fields.map((e) => e.key)));
    }
    if (!isOwnerOrRegistrant(plugin, author.userId) && !holdsItemRole(view.policy, def, author)) {
        return reject('not-permitted', refusal.evidenceNotPermitted(itemRolesNoun(def), itemName(def), pluginRef(plugin), beforePolicy(view.policy)));
    }
    const item = plugin.items[event.item];
    if (item.waiver) {
        return reject('invalid', refusal.waivedNeedsNoEvidence(itemName(def), pluginRef(plugin)));
    }
    if (isSigned(item)) {
        return reject('gate', refusal.signedKeepsEvidence(itemName(def), pluginRef(plugin)));
    }
    const problem = evidenceValueProblem(field.kind, event.value);
    if (problem) {
        return reject('invalid', refusal.badEvidence(field.label, problem));
    }
    return null;
}

function checkSubStep(view: RuleView, plugin: PluginState, event: EventOf<'substep.checked' | 'substep.unchecked'>, author: Author): Rejection | null {
    const def = itemDef(event.item);
    const index = substepIndex(def, event.substep);
    const substepDef = def.substeps[index];
    const state = plugin.items[event.item].substeps[index];
    if (!substepDef || !state) {
        return reject('invalid', refusal.noSubstep(itemName(def), event.substep));
    }
    const item = plugin.items[event.item];
    // What does not apply to the plugin is said first: who may check it does not matter then.
    if (item.waiver || state.status === 'not-applicable') {
        return reject('invalid', refusal.substepDoesNotApply(itemName(def), pluginRef(plugin), state.notApplicableReason ?? item.waiver?.reason ?? ''));
    }
    const permitted = substepDef.checkedBy === 'author' ?
        isOwner(plugin, author.userId) || holdsItemRole(view.policy, def, author) :
        holdsRole(view.policy, substepDef.checkedBy, author);
    if (!permitted) {
        const who = substepDef.checkedBy === 'author' ? refusal.ownersOr(itemRolesNoun(def)) : ROLE_MEMBERS[substepDef.checkedBy];
        return reject('not-permitted', refusal.substepNotPermitted(who, itemName(def), beforePolicy(view.policy)));
    }
    if (event.type === 'substep.checked') {
        return state.status === 'checked' ? reject('invalid', refusal.substepChecked(itemName(def))) : null;
    }
    if (state.status !== 'checked') {
        return reject('invalid', refusal.substepNotChecked(itemName(def)));
    }
    if (isSigned(item)) {
        return reject('gate', refusal.signedKeepsSubsteps(itemName(def), pluginRef(plugin)));
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
        return reject('gate', refusal.sameCommitter);
    }
    const basic = plugin.items['basic-review'].signOffs.signoff;
    if (basic && basic.by !== author.userId && basic.by !== other.by && !event.substituteReason) {
        return reject('gate', refusal.basicReviewer);
    }
    return null;
}

function checkSignOff(view: RuleView, plugin: PluginState, event: EventOf<'signoff.given'>, author: Author): Rejection | null {
    const def = itemDef(event.item);
    const slot = def.slots.find((candidate) => candidate.key === event.slot);
    if (!slot) {
        return reject('invalid', refusal.noSlot(itemName(def), event.slot, def.slots.map((s) => s.label)));
    }
    const item = plugin.items[event.item];
    if (item.waiver) {
        return reject('invalid', refusal.waivedNeedsNoSignOff(itemName(def), pluginRef(plugin)));
    }
    if (!holdsRole(view.policy, slot.role, author)) {
        return reject('not-permitted', refusal.signOffNotPermitted(ROLE_MEMBERS[slot.role], itemName(def), ROLE_LABELS[slot.role], beforePolicy(view.policy)));
    }
    // Whoever registered the plugin counts as an owner here, so naming someone else as owner cannot buy a self-review.
    if (!def.ownersMaySignOff && isOwnerOrRegistrant(plugin, author.userId)) {
        return reject('not-permitted', refusal.ownersCannotSign(pluginRef(plugin), itemName(def), ACTOR_NOUN[slot.role]));
    }
    if (item.signOffs[slot.key]) {
        return reject('invalid', refusal.slotSigned(slot.label, itemName(def)));
    }
    const gaps = preSignOffGaps(view.policy, plugin, def, item, event.v);
    if (gaps.length > 0) {
        return rejectMissing(refusal.cannotSignOff(itemName(def)), gaps.map((gap) => gap.what));
    }
    return slotsFor(event.item).paired ? checkCompleteReview(plugin, event, author) : null;
}

function checkWithdraw(plugin: PluginState, event: EventOf<'signoff.withdrawn'>, author: Author): Rejection | null {
    const def = itemDef(event.item);
    const signOff = plugin.items[event.item].signOffs[event.slot];
    if (!signOff) {
        const slot = def.slots.find((candidate) => candidate.key === event.slot);
        return reject('invalid', refusal.nothingToWithdraw(slot?.label, itemName(def)));
    }
    if (signOff.by !== author.userId && !author.isSystemAdmin) {
        return reject('not-permitted', refusal.withdrawNotPermitted(itemName(def)));
    }
    return null;
}

function checkWaiver(plugin: PluginState, event: EventOf<'waived'>, author: Author): Rejection | null {
    const def = itemDef(event.item);
    if (!author.isSystemAdmin) {
        return reject('not-permitted', refusal.waiverNotPermitted(itemName(def)));
    }
    const item = plugin.items[event.item];
    if (item.waiver) {
        return reject('invalid', refusal.alreadyWaived(itemName(def), pluginRef(plugin)));
    }
    if (event.substep === undefined) {
        return null;
    }
    const index = substepIndex(def, event.substep);
    const state = item.substeps[index];
    if (!state) {
        return reject('invalid', refusal.noSubstep(itemName(def), event.substep));
    }
    return state.status === 'not-applicable' ? reject('invalid', refusal.substepAlreadyWaived(itemName(def))) : null;
}

function checkRelease(view: RuleView, plugin: PluginState, author: Author): Rejection | null {
    if (isOwnerOrRegistrant(plugin, author.userId) || holdsRole(view.policy, 'integrations', author)) {
        return null;
    }
    return reject('not-permitted', refusal.releaseNotPermitted(pluginRef(plugin), beforePolicy(view.policy)));
}

/** Version 3: a server that builds releases and runs an older one takes the release in force. */
function newerRelease(plugin: PluginState, event: EventOf<'stage.deployed'>): boolean {
    const release = plugin.release?.version;
    return releaseMustRun(event.v) && stageDef(event.stage).environment.builds !== 'master' && release !== undefined &&
        plugin.stages[event.stage].deployment?.release !== release;
}

function checkDeploy(view: RuleView, plugin: PluginState, event: EventOf<'stage.deployed'>, author: Author): Rejection | null {
    const def = stageDef(event.stage);
    if (!holdsRole(view.policy, def.deployedBy, author)) {
        return reject('not-permitted', refusal.deployNotPermitted(ROLE_MEMBERS[def.deployedBy], def.environment.name, beforePolicy(view.policy)));
    }
    if (plugin.stages[event.stage].status === 'deployed' && !newerRelease(plugin, event)) {
        return reject('invalid', refusal.alreadyDeployed(pluginRef(plugin), def.environment.name, plugin.stages[event.stage].deployment?.release));
    }
    const missing = deployGaps(view.policy, plugin, event.stage);
    if (missing.length > 0) {
        return rejectMissing(refusal.cannotDeploy(pluginRef(plugin), def.environment.name), missing.map((m) => m.message));
    }
    return null;
}

function checkArchive(plugin: PluginState, author: Author): Rejection | null {
    if (isOwnerOrRegistrant(plugin, author.userId) || author.isSystemAdmin) {
        return null;
    }
    return reject('not-permitted', refusal.archiveNotPermitted(pluginRef(plugin)));
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
    case 'policy.set': return author.isSystemAdmin ? null : reject('not-permitted', refusal.policyNotPermitted);
    case 'integrity.restored': return author.isSystemAdmin ? null : reject('not-permitted', refusal.restoreNotPermitted);
    case 'integrity.accepted': return author.isSystemAdmin ? null : reject('not-permitted', refusal.acceptNotPermitted);
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
            return reject('plugin-exists', refusal.pluginExists(plugin.id));
        }
        const taken = sameIdWithoutCase(view, event.plugin, lowerIds);
        return taken ? reject('plugin-exists', refusal.pluginExistsWithoutCase(taken)) : null;
    }
    if (!plugin) {
        const other = sameIdWithoutCase(view, event.plugin, lowerIds);
        return reject('unknown-plugin', refusal.unknownPlugin(event.plugin, other));
    }
    if (plugin.archived) {
        return reject('archived', refusal.archived(pluginRef(plugin)));
    }
    return checkPluginEvent(view, plugin, event, author);
}
