// What stands between an item and its sign-off, and between a stage and its deployment. The rules
// (sign-off and deploy checks) and the queries (missing, moves) read the same lists; the words are
// i18n/gate_words.ts's.
import * as gate from '../i18n/gate_words';

import {EVENT_VERSION, isHttpUrl, PATTERNS} from './events';
import {itemDef, stageDef, STAGES} from './process';
import type {Actor, EvidenceKind, ItemDef, SlotDef, StageKey} from './process_types';
import {licenceAllowed} from './policy';
import {evidenceFields, releaseMustRun} from './rule_versions';
import type {ItemState, Missing, PluginState, PolicyState} from './tracker_state';

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

/** Why an evidence value does not fit its field's kind, or null when it does. */
export function evidenceValueProblem(kind: EvidenceKind, value: string): string | null {
    if (kind === 'url') {
        return isHttpUrl(value) ? null : gate.notUrl;
    }
    if (kind === 'spdx') {
        return PATTERNS.spdx.test(value) ? null : gate.notSpdx;
    }
    return value.trim().length > 0 ? null : gate.empty;
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
    return {
        kind: 'deploy',
        actor: stage.deployedBy,
        what: gate.releaseNotRunning(plugin.release.version, stage.environment.name, stage.deployedBy, running),
        todo: gate.deployRelease(plugin.release.version, stage.environment.name),
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
    return gate.licenceWarning(value, policy.licences, itemName(def));
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
                what: gate.evidenceFrom(evidence.label, evidence.providedBy),
                todo: gate.provideEvidence(evidence.label),
                ref: evidence.key,
            });
        } else if (recorded && evidence.kind === 'spdx' && !licenceAllowed(policy, recorded.value)) {
            gaps.push({
                kind: 'licence',
                actor: evidence.providedBy,
                what: gate.licenceOffList(policy.licences, recorded.value),
                todo: gate.useListedLicence(evidence.label),
                ref: evidence.key,
            });
        }
    }
    def.substeps.forEach((substep, index) => {
        if (item.substeps[index]?.status === 'open') {
            gaps.push({
                kind: 'substep',
                actor: substep.checkedBy,
                what: gate.substepBy(substep.label, substep.checkedBy),
                todo: gate.checkSubstep(substep.label),
                ref: substep.key,
            });
        }
    });
    if (def.needsRelease && !plugin.release) {
        gaps.push({kind: 'release', actor: 'author', what: gate.releaseFromAuthor, todo: gate.setRelease});
    }
    return gaps;
}

function slotGaps(def: ItemDef, item: ItemState): Gap[] {
    return def.slots.filter((slot) => !item.signOffs[slot.key]).map((slot) => ({
        kind: 'signoff' as const,
        actor: slot.role,
        what: gate.signOffBy(def.slots.length > 1 ? slot.label : null, slot.role),
        todo: gate.signOff(def.slots.length > 1 ? slot.label : null),
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
        missing.push({item: null, stage, actor: stageDef(before).deployedBy, message: gate.previousNotDeployed(before)});
    }
    for (const key of stageDef(stage).items) {
        const item = plugin.items[key];
        const name = itemName(itemDef(key));
        for (const gap of itemGaps(policy, plugin, item)) {
            missing.push({item: key, stage, actor: gap.actor, message: gate.ofItem(name, gap.what)});
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
                message: gate.ofItem(itemName(itemDef('release-qa')), gate.releaseQa(plugin.release?.version)),
            });
        }
    }
    return missing;
}
