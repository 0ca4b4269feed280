// What stands between an item and its sign-off, and between a stage and its deployment. The rules
// (sign-off and deploy checks) and the queries (missing, moves) read the same lists.
import {EVENT_VERSION, isHttpUrl, PATTERNS} from './events';
import {itemDef, stageDef, STAGES} from './process';
import type {Actor, EvidenceKind, ItemDef, SlotDef, StageKey} from './process_types';
import {licenceAllowed} from './policy';
import {evidenceFields, releaseMustRun} from './rule_versions';
import type {ItemState, Missing, PluginState, PolicyState} from './tracker_state';
import {ACTOR_NOUN} from '../i18n/role_words';

export type GapKind = 'evidence' | 'substep' | 'release' | 'licence' | 'signoff' | 'deploy';

export interface Gap {
    readonly kind: GapKind;
    readonly actor: Actor;
    /** "evidence 'QA notes' from the QA team" */
    readonly what: string;
    /** Short imperative for a move: "Provide evidence: QA notes". */
    readonly todo: string;
    readonly slot?: SlotDef;
    /** The evidence field or sub-step to act on, for a command that unblocks it. */
    readonly ref?: string;
}

/** A checklist line short enough to prefix a sentence: its first sentence, without the full stop. */
export function itemName(def: ItemDef): string {
    let name = itemNames.get(def.key);
    if (name === undefined) {
        name = (def.label.split('. ')[0] ?? def.label).replace(/\.$/, '');
        itemNames.set(def.key, name);
    }
    return name;
}

const itemNames = new Map<string, string>();

function quoted(label: string): string {
    return `“${label.replace(/\.$/, '')}”`;
}

/** Why an evidence value does not fit its field's kind, or null when it does. */
export function evidenceValueProblem(kind: EvidenceKind, value: string): string | null {
    if (kind === 'url') {
        return isHttpUrl(value) ? null : 'must be an http(s) URL';
    }
    if (kind === 'spdx') {
        return PATTERNS.spdx.test(value) ? null : 'must be an SPDX licence id such as MIT or Apache-2.0';
    }
    return value.trim().length > 0 ? null : 'must not be empty';
}

/** The release in force is not yet running on the server the item is tested on: the deployment to make first. */
function notRunning(plugin: PluginState, def: ItemDef, version: number): Gap | null {
    if (def.testedOn === undefined || !plugin.release || !releaseMustRun(version)) {
        return null;
    }
    const stage = stageDef(def.testedOn);
    const running = plugin.stages[def.testedOn].deployment?.release ?? null;
    if (running === plugin.release.version) {
        return null;
    }
    const now = running === null ? 'nothing is deployed there yet' : `it runs ${running}`;
    return {
        kind: 'deploy',
        actor: stage.deployedBy,
        what: `release ${plugin.release.version} deployed to ${stage.environment.name} by ${ACTOR_NOUN[stage.deployedBy]} (${now})`,
        todo: `Deploy ${plugin.release.version} to ${stage.environment.name}`,
    };
}

/**
 * A warning for a value the rules accept as evidence but that will stop the sign-off: a licence not
 * on the team's allow-list. Said when the value is entered, not first when someone tries to sign.
 */
export function evidenceWarning(policy: PolicyState, def: ItemDef, field: string, value: string): string | null {
    const evidence = def.evidence.find((candidate) => candidate.key === field);
    if (evidence?.kind !== 'spdx' || !PATTERNS.spdx.test(value) || licenceAllowed(policy, value)) {
        return null;
    }
    return `${value} is not on this team's licence allow-list (${policy.licences.join(', ')}): ${itemName(def)} cannot be signed off with it. Record a licence on the list, or ask a system admin whether ${value} should be added.`;
}

/**
 * Everything but the sign-offs themselves that keeps the item from being signed off, first things
 * first; `version` is the event version whose rules apply (the current one for what is shown).
 */
export function preSignOffGaps(policy: PolicyState, plugin: PluginState, def: ItemDef, item: ItemState, version: number = EVENT_VERSION): Gap[] {
    const gaps: Gap[] = [];
    const deploy = notRunning(plugin, def, version);
    if (deploy) {
        gaps.push(deploy);
    }
    for (const evidence of evidenceFields(version, def)) {
        const recorded = item.evidence[evidence.key];
        if (evidence.required && !recorded) {
            gaps.push({
                kind: 'evidence',
                actor: evidence.providedBy,
                what: `evidence '${evidence.label}' from ${ACTOR_NOUN[evidence.providedBy]}`,
                todo: `Provide evidence: ${evidence.label}`,
                ref: evidence.key,
            });
        } else if (recorded && evidence.kind === 'spdx' && !licenceAllowed(policy, recorded.value)) {
            gaps.push({
                kind: 'licence',
                actor: evidence.providedBy,
                what: `a licence on the allow-list (${policy.licences.join(', ')}); '${recorded.value}' is not on it`,
                todo: `Use a licence on the allow-list: ${evidence.label}`,
                ref: evidence.key,
            });
        }
    }
    def.substeps.forEach((substep, index) => {
        if (item.substeps[index]?.status === 'open') {
            gaps.push({
                kind: 'substep',
                actor: substep.checkedBy,
                what: `sub-step ${quoted(substep.label)} by ${ACTOR_NOUN[substep.checkedBy]}`,
                todo: `Check sub-step: ${substep.label}`,
                ref: substep.key,
            });
        }
    });
    if (def.needsRelease && !plugin.release) {
        gaps.push({kind: 'release', actor: 'author', what: 'a release (version and URL) from the author', todo: 'Set the release (version and URL)'});
    }
    return gaps;
}

function slotGaps(def: ItemDef, item: ItemState): Gap[] {
    return def.slots.filter((slot) => !item.signOffs[slot.key]).map((slot) => ({
        kind: 'signoff' as const,
        actor: slot.role,
        what: def.slots.length > 1 ? `sign-off (${slot.label}) by ${ACTOR_NOUN[slot.role]}` : `sign-off by ${ACTOR_NOUN[slot.role]}`,
        todo: def.slots.length > 1 ? `Sign off (${slot.label})` : 'Sign off',
        slot,
    }));
}

/** Every open piece of work on a pending item, in order: what must come first, then the sign-offs. */
export function itemGaps(policy: PolicyState, plugin: PluginState, item: ItemState): Gap[] {
    if (item.status !== 'pending') {
        return [];
    }
    const def = itemDef(item.key);
    return [...preSignOffGaps(policy, plugin, def, item), ...slotGaps(def, item)];
}

export function previousStage(stage: StageKey): StageKey | null {
    const index = STAGES.findIndex((def) => def.key === stage);
    return index > 0 ? STAGES[index - 1]?.key ?? null : null;
}

/** Why the stage cannot be deployed yet; [] when its gate is met. */
export function deployGaps(policy: PolicyState, plugin: PluginState, stage: StageKey): Missing[] {
    const missing: Missing[] = [];
    const before = previousStage(stage);
    if (before && plugin.stages[before].status !== 'deployed') {
        missing.push({item: null, stage, actor: stageDef(before).deployedBy, message: `previous stage ${before} is not deployed`});
    }
    for (const key of stageDef(stage).items) {
        const item = plugin.items[key];
        const name = itemName(itemDef(key));
        for (const gap of itemGaps(policy, plugin, item)) {
            missing.push({item: key, stage, actor: gap.actor, message: `${name}: ${gap.what}`});
        }
    }
    if (stage === 'community') {
        // The seed: QA of "the release to deploy" — a waiver or an older release's QA does not do.
        const qa = plugin.items['release-qa'];
        const signed = qa.signOffs.signoff;
        if (qa.status !== 'pending' && (!signed || !plugin.release || signed.release !== plugin.release.version)) {
            missing.push({
                item: 'release-qa',
                stage,
                actor: 'qa',
                message: `${itemName(itemDef('release-qa'))}: sign-off by the QA team on release ${plugin.release?.version ?? '(none set)'}`,
            });
        }
    }
    return missing;
}
