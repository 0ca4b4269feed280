// Help is generated from the grammar table, so it lists exactly what the parser accepts.
import {GRAMMAR, specOf, usage, type SubcommandName, type SubcommandSpec} from './grammar';
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
    lines.push('', 'Examples:', ...spec.examples.map((example) => `- ${code(`${TRIGGER} ${example}`)}`));
    return lines.join('\n');
}
