// What the slash command says about a line it cannot read (command/parse.ts, command/tokenize.ts):
// which argument or option is wrong and how to write it. Markdown, English only, whole sentences;
// the caller gives its inline code (which nothing typed can break out of) and the trigger.
import type {CommandMarkdown} from './command_words';

export function commandParseWords({code, trigger}: Pick<CommandMarkdown, 'code' | 'trigger'>) {
    return {
        seeCommands: `Type ${code(`${trigger} help`)} to see the commands.`,
        usage: (line: string) => `Usage: ${code(line)}`,
        internalError: 'This command could not be read (an internal error in plugin-onboard). Please report it.',

        // The schema's objection to a field, said of the argument or option (`named`, already in code) that filled it.
        tooLong: (named: string, limit: number) => `${named} is longer than ${limit} characters.`,
        tooMany: (named: string, limit: number) => `Too many ${named}: at most ${limit}.`,
        empty: (named: string) => `${named} is empty.`,
        notValid: (named: string, detail: string) => `${named} is not valid: it ${detail}.`,

        optionTwice: (flag: string) => `Option ${code(`--${flag}`)} is given twice.`,
        optionTakesNoValue: (flag: string) => `Option ${code(`--${flag}`)} takes no value.`,
        optionNeedsValue: (flag: string) => `Option ${code(`--${flag}`)} needs a value.`,
        missingOption: (flag: string, summary: string) => `Missing ${code(`--${flag}`)}: ${summary}.`,
        noOptions: (command: string, typed: string) => `${code(command)} takes no options, but got ${code(`--${typed}`)}.`,
        unknownOption: (typed: string) => `Unknown option ${code(`--${typed}`)}.`,
        notAUsername: (raw: string, flag: string) => `${code(raw)} is not a username: write ${code(`--${flag} @username`)}.`,
        missingArgument: (name: string) => `Missing ${code(`<${name}>`)}.`,
        unexpected: (extra: string, command: string, count: number) => `Unexpected ${code(extra)}: ${code(command)} takes ${count === 0 ? 'no arguments' : `${count === 1 ? 'one argument' : `${count} arguments`}`}. Quote text that has spaces.`,
        emptyArgument: (name: string) => `${code(`<${name}>`)} is empty.`,
        notAPluginId: (raw: string) => `${code(raw)} is not a plugin id: use the id from the plugin's plugin.json (3 to 190 letters, digits, \`.\`, \`-\` or \`_\`).`,
        noSubStepHere: (raw: string) => `${code(raw)}: name the item without a sub-step here.`,
        itemBeforeField: 'Name the item before the evidence field.',
        notAVersion: (raw: string) => `${code(raw)} is not a release version: use semver such as \`v1.2.0\` or \`1.2.0-rc1\`.`,
        notAPostId: (raw: string) => `${code(raw)} is not a post id: ${code(`${trigger} integrity`)} lists the ids of the posts a system admin can accept the loss of.`,
        notAWebAddress: (raw: string) => `${code(raw)} is not a web address: use a full http:// or https:// URL.`,
        securityOnlyForReview: `${code('--security')} is only for ${code('complete-review')}, whose second reviewer focuses on security.`,
        noSubStepsTo: (item: string, verb: string) => `${code(item)} has no sub-steps to ${verb}: it is done when signed off (${code(`${trigger} signoff <plugin> ${item}`)}).`,
        whichSubStep: (item: string, keys: readonly string[]) => `Which sub-step of ${code(item)}? One of ${keys.map((key) => `${code(`${item}.${key}`)}`).join(', ')}.`,
        nameEmpty: `${code('--name')} is empty.`,
        substituteOnlyForReview: `${code('--substitute')} is only for ${code('complete-review')} (either slot), when the basic reviewer is not available.`,
        substituteNeedsReason: `${code('--substitute')} needs the reason the basic reviewer is not available.`,
        evidenceNotUrl: (label: string, value: string) => `${label} must be a web address: ${code(value)} is not a full http:// or https:// URL.`,
        notSpdx: (value: string) => `${code(value)} is not an SPDX licence id (such as \`Apache-2.0\`, \`MIT\`, \`BSD-3-Clause\`).`,
        waiveReasonEmpty: `${code('--reason')} is empty: say why it does not apply.`,
        acceptReasonEmpty: `${code('--reason')} is empty: say why the loss is accepted.`,
        unclosedQuote: (quote: string, at: number, close: string) => `Unclosed quote: the ${quote} at character ${at} has no closing ${close}. Close it, or put a \\ before it to mean the character itself.`,
    };
}
