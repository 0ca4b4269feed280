// The slash command's help (command/help.ts) and what it says of a key it cannot resolve
// (command/keys.ts). Markdown, English only, whole sentences; the caller gives its inline code
// and the trigger. The commands' own summaries and examples are the grammar table's (command/grammar.ts).
import type {CommandMarkdown} from './command_words';

export function commandHelpWords({code, trigger}: Pick<CommandMarkdown, 'code' | 'trigger'>) {
    return {
        overviewTitle: `#### ${trigger} — track plugins through the community process`,
        usageLine: (usage: string, summary: string) => `- ${code(usage)} — ${summary}`,
        alias: (alias: string, stage: string) => `${code(alias)} for ${code(stage)}`,
        stagesAndItems: (stages: string, aliases: readonly string[], items: string) => `Stages: ${stages} (or ${aliases.join(', ')}). Items: ${items}.`,
        keysByItem: 'Sub-steps (for check, uncheck and waive, as `<item>.<sub-step>`) and evidence fields, by item:',
        shorten: `Commands, keys and options may be shortened while unambiguous. Type ${code(`${trigger} help <command>`)} for details and examples.`,
        commandTitle: (usage: string) => `#### ${code(usage)}`,
        options: 'Options:',
        option: (flag: string, required: boolean, summary: string) => `- ${code(`--${flag}`)}${required ? ' (required)' : ''}: ${summary}`,
        examples: 'Examples:',
        example: (example: string) => `- ${code(`${trigger} ${example}`)}`,
        subSteps: (keys: string) => `sub-steps ${keys}`,
        noSubSteps: 'no sub-steps',
        evidence: (keys: string) => `evidence ${keys}`,
        noEvidence: 'no evidence',
        itemLine: (item: string, parts: readonly string[]) => `- ${code(item)}: ${parts.join('; ')}`,
        fieldRecords: (field: string, substep: string) => `${code(field)} (sub-step ${code(substep)})`,
        evidenceTitle: 'Evidence fields, by item:',
        keyList: (item: string, keys: string) => `- ${code(item)}: ${keys}`,
        waiveTitle: 'Items, and their sub-steps (type `<item>` or `<item>.<sub-step>`):',
        subStepsTitle: 'Sub-steps, by item (type `<item>.<sub-step>`):',
        signersTitle: 'Items, and who signs them:',
        pairedSlot: (label: string, role: string, security: boolean) => `${label} (${role}${security ? ', `--security`' : ''})`,
        stagesTitle: 'Stages:',
        stageLine: (stage: string, environment: string, role: string) => `- ${code(stage)}: ${environment} (${role} deploy)`,

        ambiguous: (what: string, input: string, context: string, keys: string) => `${what} ${code(input)}${context} is ambiguous: it could be ${keys}. Type more of it.`,
        didYouMean: (key: string) => ` Did you mean ${code(key)}?`,
        emptyKey: (what: string, context: string) => `Empty ${what}${context}.`,
        unknownKey: (what: string, input: string, context: string) => `Unknown ${what} ${code(input)}${context}.`,
        valid: (label: string, hint: string, keys: string) => `${label}${hint} Valid: ${keys}.`,
        noSubStepsOf: (item: string, other: string) => `Item ${code(item)} has no sub-steps.${other}`,
        noEvidenceOf: (item: string, other: string) => `Item ${code(item)} takes no evidence.${other}`,
        ofItem: (item: string) => ` of ${code(item)}`,
        anEvidenceField: 'an evidence field',
        aSubStep: 'a sub-step',
        isKindOf: (typed: string, noun: string, item: string, how: string) => ` ${code(typed)} is ${noun} of ${code(item)}: ${code(how)}.`,
        meantKindOf: (match: string, noun: string, item: string, how: string) => ` Did you mean ${code(match)}, ${noun} of ${code(item)}? ${code(how)}.`,
    };
}
