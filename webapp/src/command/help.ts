// Help is generated from the grammar table, so it lists exactly what the parser accepts.
import {GRAMMAR, specOf, usage, type SubcommandName, type SubcommandSpec} from './grammar';
import {ITEMS, ROLE_LABELS, STAGES} from '../domain/process';
import type {ItemDef} from '../domain/process_types';

import {ITEM_KEY_LIST, STAGE_ALIASES, STAGE_KEY_LIST, listKeys} from './keys';
import {code} from './markdown';
import {TRIGGER} from './trigger';

export function helpOverview(): string {
    const lines = GRAMMAR.map((spec) => `- ${code(usage(spec))} — ${spec.summary}`);
    return [
        `#### ${TRIGGER} — track plugins through the community process`,
        ...lines,
        '',
        `Stages: ${listKeys(STAGE_KEY_LIST)} (or ${Object.entries(STAGE_ALIASES).map(([alias, stage]) => `${code(alias)} for ${code(stage)}`).join(', ')}). Items: ${listKeys(ITEM_KEY_LIST)}.`,
        'Sub-steps (for check, uncheck and waive, as `<item>.<sub-step>`) and evidence fields, by item:',
        ...ITEMS.map(itemKeys),
        `Commands, keys and options may be shortened while unambiguous. Type ${code(`${TRIGGER} help <command>`)} for details and examples.`,
    ].join('\n');
}

export function helpFor(name: SubcommandName): string {
    const spec: SubcommandSpec = specOf(name);
    const lines = [`#### ${code(usage(spec))}`, spec.summary];
    if (spec.flags.length > 0) {
        lines.push('', 'Options:', ...spec.flags.map((flag) => `- ${code(`--${flag.name}`)}${flag.required === true ? ' (required)' : ''}: ${flag.summary}`));
    }
    const keys = keysFor(name);
    if (keys !== null) {
        lines.push('', keys.title, ...keys.lines);
    }
    lines.push('', 'Examples:', ...spec.examples.map((example) => `- ${code(`${TRIGGER} ${example}`)}`));
    return lines.join('\n');
}

/** "- `pm-ux-review`: sub-steps `write-summary`, …; evidence `summary`, …" (the overview's line for an item). */
function itemKeys(def: ItemDef): string {
    const parts = [
        def.substeps.length > 0 ? `sub-steps ${listKeys(def.substeps.map((substep) => substep.key))}` : 'no sub-steps',
        def.evidence.length > 0 ? `evidence ${listKeys(def.evidence.map((field) => field.key))}` : 'no evidence',
    ];
    return `- ${code(def.key)}: ${parts.join('; ')}`;
}

/** An evidence field, and the sub-step whose outcome it holds when it holds one. */
function fieldKey(field: ItemDef['evidence'][number]): string {
    return field.records === undefined ? code(field.key) : `${code(field.key)} (sub-step ${code(field.records)})`;
}

/**
 * The keys that apply to a command: evidence fields for evidence, sub-steps for check, uncheck and
 * waive, items and who signs them for signoff and withdraw, stages for deploy and list.
 */
function keysFor(name: SubcommandName): {title: string; lines: string[]} | null {
    switch (name) {
    case 'evidence':
        return {title: 'Evidence fields, by item:', lines: ITEMS.filter((def) => def.evidence.length > 0).map((def) => `- ${code(def.key)}: ${def.evidence.map(fieldKey).join(', ')}`)};
    case 'check':
    case 'uncheck':
    case 'waive':
        return {
            title: name === 'waive' ? 'Items, and their sub-steps (type `<item>` or `<item>.<sub-step>`):' : 'Sub-steps, by item (type `<item>.<sub-step>`):',
            lines: ITEMS.filter((def) => name === 'waive' || def.substeps.length > 0).map((def) => `- ${code(def.key)}: ${def.substeps.length > 0 ? listKeys(def.substeps.map((substep) => substep.key)) : 'no sub-steps'}`),
        };
    case 'signoff':
    case 'withdraw':
        return {
            title: 'Items, and who signs them:',
            lines: ITEMS.map((def) => `- ${code(def.key)}: ${def.slots.map((slot) => (def.slots.length > 1 ? `${slot.label} (${ROLE_LABELS[slot.role]}${slot.key === 'security' ? ', `--security`' : ''})` : ROLE_LABELS[slot.role])).join(', ')}`),
        };
    case 'deploy':
    case 'list':
        return {title: 'Stages:', lines: STAGES.map((stage) => `- ${code(stage.key)}: ${stage.environment.name} (${ROLE_LABELS[stage.deployedBy]} deploy)`)};
    default:
        return null;
    }
}
