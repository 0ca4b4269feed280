// Help is generated from the grammar table, so it lists exactly what the parser accepts.
import {GRAMMAR, specOf, usage, type SubcommandName, type SubcommandSpec} from './grammar';
import {ITEMS, ROLE_LABELS, STAGES} from '../domain/process';
import type {ItemDef} from '../domain/process_types';

import {ITEM_KEY_LIST, STAGE_ALIASES, STAGE_KEY_LIST, listKeys} from './keys';
import {code} from './markdown';
import {helpWords as w} from './words';

export function helpOverview(): string {
    const lines = GRAMMAR.map((spec) => w.usageLine(usage(spec), spec.summary));
    return [
        w.overviewTitle,
        ...lines,
        '',
        w.stagesAndItems(listKeys(STAGE_KEY_LIST), Object.entries(STAGE_ALIASES).map(([alias, stage]) => w.alias(alias, stage)), listKeys(ITEM_KEY_LIST)),
        w.keysByItem,
        ...ITEMS.map(itemKeys),
        w.shorten,
    ].join('\n');
}

export function helpFor(name: SubcommandName): string {
    const spec: SubcommandSpec = specOf(name);
    const lines = [w.commandTitle(usage(spec)), spec.summary];
    if (spec.flags.length > 0) {
        lines.push('', w.options, ...spec.flags.map((flag) => w.option(flag.name, flag.required === true, flag.summary)));
    }
    const keys = keysFor(name);
    if (keys !== null) {
        lines.push('', keys.title, ...keys.lines);
    }
    lines.push('', w.examples, ...spec.examples.map(w.example));
    return lines.join('\n');
}

/** "- `pm-ux-review`: sub-steps `write-summary`, …; evidence `summary`, …" (the overview's line for an item). */
function itemKeys(def: ItemDef): string {
    const parts = [
        def.substeps.length > 0 ? w.subSteps(listKeys(def.substeps.map((substep) => substep.key))) : w.noSubSteps,
        def.evidence.length > 0 ? w.evidence(listKeys(def.evidence.map((field) => field.key))) : w.noEvidence,
    ];
    return w.itemLine(def.key, parts);
}

/** An evidence field, and the sub-step whose outcome it holds when it holds one. */
function fieldKey(field: ItemDef['evidence'][number]): string {
    return field.records === undefined ? code(field.key) : w.fieldRecords(field.key, field.records);
}

/**
 * The keys that apply to a command: evidence fields for evidence, sub-steps for check, uncheck and
 * waive, items and who signs them for signoff and withdraw, stages for deploy and list.
 */
function keysFor(name: SubcommandName): {title: string; lines: string[]} | null {
    switch (name) {
    case 'evidence':
        return {title: w.evidenceTitle, lines: ITEMS.filter((def) => def.evidence.length > 0).map((def) => w.keyList(def.key, def.evidence.map(fieldKey).join(', ')))};
    case 'check':
    case 'uncheck':
    case 'waive':
        return {
            title: name === 'waive' ? w.waiveTitle : w.subStepsTitle,
            lines: ITEMS.filter((def) => name === 'waive' || def.substeps.length > 0).map((def) => w.keyList(def.key, def.substeps.length > 0 ? listKeys(def.substeps.map((substep) => substep.key)) : w.noSubSteps)),
        };
    case 'signoff':
    case 'withdraw':
        return {
            title: w.signersTitle,
            lines: ITEMS.map((def) => w.keyList(def.key, def.slots.map((slot) => (def.slots.length > 1 ? w.pairedSlot(slot.label, ROLE_LABELS[slot.role], slot.key === 'security') : ROLE_LABELS[slot.role])).join(', '))),
        };
    case 'deploy':
    case 'list':
        return {title: w.stagesTitle, lines: STAGES.map((stage) => w.stageLine(stage.key, stage.environment.name, ROLE_LABELS[stage.deployedBy]))};
    default:
        return null;
    }
}
