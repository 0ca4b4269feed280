// Help is generated from the grammar table, so it lists exactly what the parser accepts.
import {GRAMMAR, specOf, usage, type SubcommandName, type SubcommandSpec} from './grammar';
import {ITEMS} from '../domain/process';

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
    if (keys.length > 0) {
        lines.push('', name === 'evidence' ? 'Evidence fields, by item:' : 'Sub-steps, by item (type `<item>.<sub-step>`):', ...keys);
    }
    lines.push('', 'Examples:', ...spec.examples.map((example) => `- ${code(`${TRIGGER} ${example}`)}`));
    return lines.join('\n');
}

/** The keys that apply to a command: evidence fields for evidence, sub-steps for check, uncheck and waive. */
function keysFor(name: SubcommandName): string[] {
    if (name === 'evidence') {
        return ITEMS.filter((def) => def.evidence.length > 0).map((def) => `- ${code(def.key)}: ${listKeys(def.evidence.map((field) => field.key))}`);
    }
    if (name === 'check' || name === 'uncheck' || name === 'waive') {
        return ITEMS.filter((def) => def.substeps.length > 0).map((def) => `- ${code(def.key)}: ${listKeys(def.substeps.map((substep) => substep.key))}`);
    }
    return [];
}
