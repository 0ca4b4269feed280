// Text after the trigger → a typed command, or a message saying what is wrong with the usage line.
// Total: every path returns; the grammar table drives the splitting, per-command builders the types.
// The event schema alone judges lengths and counts: a change command's draft is validated once
// (drafts.ts, domain/draft_issues.ts) and the schema's objection names the argument or flag.
import {draftIssue, type DraftIssue} from '../domain/draft_issues';
import {PATTERNS, PLUGIN_ID, isHttpUrl} from '../domain/events';
import {slotsFor} from '../domain/slots';
import {itemDef} from '../domain/process';
import type {ItemKey, SlotKey} from '../domain/process_types';

import {standInDraft} from './drafts';
import {SUBCOMMAND_NAMES, specOf, usage, type ArgKind, type FlagSpec, type SubcommandName, type SubcommandSpec} from './grammar';
import {resolveEvidenceField, resolveItem, resolveKey, resolveStage, resolveSubStep, type Resolved} from './keys';
import {code} from './markdown';
import {Parsed, type FlagValue, type Value} from './parsed_args';
import type {ParseError, ParsedCommand} from './parsed_command';
import {tokenize, type Token} from './tokenize';
import {parseWords as w} from './words';

export type {ParseError, ParsedCommand} from './parsed_command';

const USERNAME = /^[A-Za-z0-9._-]{1,64}$/;

function fail(message: string, spec?: SubcommandSpec): ParseError {
    const usageLine = spec === undefined ? w.seeCommands : w.usage(usage(spec));
    return {kind: 'parse-error', message: `${message}\n${usageLine}`};
}

export function parse(args: string): ParsedCommand | ParseError {
    try {
        return parseTokens(args);
    } catch {
        // Only a grammar/builder mismatch can get here; the grammar test proves there is none.
        return fail(w.internalError);
    }
}

function parseTokens(args: string): ParsedCommand | ParseError {
    const tokenized = tokenize(args);
    if (!tokenized.ok) {
        return fail(tokenized.message);
    }
    const [first, ...rest] = tokenized.tokens;
    if (first === undefined) {
        return {kind: 'help', topic: null};
    }
    if (first.flagLike && /^--?h(elp)?$/i.test(first.text)) {
        return {kind: 'help', topic: null};
    }
    const name = resolveKey(first.text, SUBCOMMAND_NAMES, 'command');
    if (!name.ok) {
        return fail(name.message);
    }
    const spec = specOf(name.value);
    const split = splitFlags(spec, rest);
    if ('message' in split) {
        return split.help ? {kind: 'help', topic: spec.name} : fail(split.message, spec);
    }
    const values = readArgs(spec, split.positionals);
    if (!(values instanceof Map)) {
        return fail(values.message, spec);
    }
    const built = build(spec.name, new Parsed(spec.name, values, split.flags));
    if (built.kind === 'parse-error') {
        return fail(built.message, spec);
    }
    const draft = standInDraft(built);
    const issue = draft === null ? null : draftIssue(draft);
    return issue === null ? built : fail(issueMessage(spec, issue), spec);
}

function build<N extends SubcommandName>(name: N, parsed: Parsed<N>): ParsedCommand | ParseError {
    return BUILDERS[name](parsed);
}

/** The schema's objection to a field of the draft, said of the argument or flag that filled it. */
export function issueMessage(spec: SubcommandSpec, issue: DraftIssue): string {
    const flag = spec.flags.find((entry) => entry.field === issue.field);
    const arg = spec.args.find((entry) => entry.field === issue.field);
    const named = code(flag !== undefined ? `--${flag.name}` : arg !== undefined ? `<${arg.name}>` : issue.field);
    switch (issue.problem) {
    case 'too-long':
        return w.tooLong(named, issue.limit ?? 0);
    case 'too-many':
        return w.tooMany(named, issue.limit ?? 0);
    case 'empty':
        return w.empty(named);
    case 'invalid':
        return w.notValid(named, issue.detail);
    }
}

type FlagSplit = {positionals: Token[]; flags: Map<string, FlagValue>} | {message: string; help: boolean};

function splitFlags(spec: SubcommandSpec, tokens: readonly Token[]): FlagSplit {
    const positionals: Token[] = [];
    const flags = new Map<string, FlagValue>();
    let flagsOver = false;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token === undefined) {
            break;
        }
        if (flagsOver || !token.flagLike) {
            positionals.push(token);
            continue;
        }
        if (token.text === '--') {
            flagsOver = true;
            continue;
        }
        const eq = token.text.indexOf('=');
        const typedName = (eq === -1 ? token.text : token.text.slice(0, eq)).slice(2);
        const inline = eq === -1 ? null : token.text.slice(eq + 1);
        const found = resolveFlag(spec, typedName);
        if (!found.ok) {
            return {message: found.message, help: /^h(elp)?$/i.test(typedName)};
        }
        const flag = found.value;
        if (flags.has(flag.name) && flag.repeatable !== true) {
            return {message: w.optionTwice(flag.name), help: false};
        }
        if (flag.kind === 'boolean') {
            if (inline !== null) {
                return {message: w.optionTakesNoValue(flag.name), help: false};
            }
            flags.set(flag.name, {kind: 'set'});
            continue;
        }
        let raw = inline;
        if (raw === null) {
            const next = tokens[i + 1];
            if (next === undefined || next.flagLike) {
                return {message: w.optionNeedsValue(flag.name), help: false};
            }
            raw = next.text;
            i++;
        }
        const value = readFlagValue(flag, raw, flags.get(flag.name));
        if ('message' in value) {
            return {message: value.message, help: false};
        }
        flags.set(flag.name, value);
    }
    for (const flag of spec.flags) {
        if (flag.required === true && !flags.has(flag.name)) {
            return {message: w.missingOption(flag.name, flag.summary), help: false};
        }
    }
    return {positionals, flags};
}

function resolveFlag(spec: SubcommandSpec, typed: string): Resolved<FlagSpec> {
    if (spec.flags.length === 0) {
        return {ok: false, message: w.noOptions(spec.name, typed)};
    }
    const resolved = resolveKey(`--${typed}`, spec.flags.map((flag) => `--${flag.name}`), 'option', {}, ` for ${code(spec.name)}`);
    if (!resolved.ok) {
        return resolved;
    }
    const flag = spec.flags.find((entry) => `--${entry.name}` === resolved.value);
    return flag === undefined ? {ok: false, message: w.unknownOption(typed)} : {ok: true, value: flag};
}

function readFlagValue(flag: FlagSpec, raw: string, previous: FlagValue | undefined): FlagValue | {message: string} {
    switch (flag.kind) {
    case 'stage': {
        const stage = resolveStage(raw);
        return stage.ok ? {kind: 'stage', stage: stage.value} : {message: stage.message};
    }
    case 'user': {
        const names = raw.split(',').map((part) => part.trim().replace(/^@/, '')).filter((part) => part !== '');
        const bad = names.find((name) => !USERNAME.test(name));
        if (names.length === 0 || bad !== undefined) {
            return {message: w.notAUsername(raw, flag.name)};
        }
        const texts = previous?.kind === 'text' ? previous.texts : [];
        return {kind: 'text', texts: [...texts, ...names]};
    }
    case 'text':
    case 'boolean':
        return {kind: 'text', texts: [raw]};
    }
}

function readArgs(spec: SubcommandSpec, positionals: readonly Token[]): Map<string, Value> | {message: string} {
    const values = new Map<string, Value>();
    let lastItem: ItemKey | null = null;
    let index = 0;
    for (const arg of spec.args) {
        const token = positionals[index];
        if (token === undefined) {
            if (arg.optional === true) {
                continue;
            }
            return {message: w.missingArgument(arg.name)};
        }
        let raw = token.text;
        index++;
        if (arg.kind === 'value' || arg.kind === 'post-ids') {
            raw = positionals.slice(index - 1).map((rest) => rest.text).join(' ');
            index = positionals.length;
        }
        const value = readArg(arg.kind, arg.name, raw, lastItem);
        if ('message' in value) {
            return value;
        }
        if (value.kind === 'item') {
            lastItem = value.item;
        }
        values.set(arg.name, value);
    }
    const extra = positionals[index];
    if (extra !== undefined) {
        return {message: w.unexpected(extra.text, spec.name, spec.args.length)};
    }
    return values;
}

function readArg(kind: ArgKind, name: string, raw: string, lastItem: ItemKey | null): Value | {message: string} {
    if (raw.trim() === '') {
        return {message: w.emptyArgument(name)};
    }
    switch (kind) {
    case 'command': {
        const command = resolveKey(raw, SUBCOMMAND_NAMES, 'command');
        return command.ok ? {kind: 'command', name: command.value} : {message: command.message};
    }
    case 'plugin-id':
        return PLUGIN_ID.safeParse(raw).success ? {kind: 'text', text: raw} : {message: w.notAPluginId(raw)};
    case 'url':
        return checkUrl(raw);
    case 'item':
    case 'item-ref': {
        const dot = raw.indexOf('.');
        const itemText = dot === -1 ? raw : raw.slice(0, dot);
        const substepText = dot === -1 ? '' : raw.slice(dot + 1);
        if (kind === 'item' && dot !== -1) {
            return {message: w.noSubStepHere(raw)};
        }
        const item = resolveItem(itemText);
        if (!item.ok) {
            return {message: item.message};
        }
        if (substepText === '') {
            return {kind: 'item', item: item.value, substep: null};
        }
        const substep = resolveSubStep(item.value, substepText);
        return substep.ok ? {kind: 'item', item: item.value, substep: substep.value} : {message: substep.message};
    }
    case 'stage': {
        const stage = resolveStage(raw);
        return stage.ok ? {kind: 'stage', stage: stage.value} : {message: stage.message};
    }
    case 'evidence-field': {
        if (lastItem === null) {
            return {message: w.itemBeforeField};
        }
        const field = resolveEvidenceField(lastItem, raw);
        return field.ok ? {kind: 'text', text: field.value} : {message: field.message};
    }
    case 'version':
        return PATTERNS.version.test(raw) ? {kind: 'text', text: raw} : {message: w.notAVersion(raw)};
    case 'post-ids': {
        const posts = [...new Set(raw.split(/[\s,]+/).filter((part) => part !== ''))];
        const bad = posts.find((post) => !PATTERNS.userId.test(post));
        return bad === undefined ? {kind: 'posts', posts} : {message: w.notAPostId(bad)};
    }
    case 'plugin':
    case 'value':
        return {kind: 'text', text: raw};
    }
}

function checkUrl(raw: string): Value | {message: string} {
    return isHttpUrl(raw) ? {kind: 'text', text: raw} : {message: w.notAWebAddress(raw)};
}

/** A blank --note is no note. */
function optionalNote(note: string | null): string | null {
    return note === null || note.trim() === '' ? null : note;
}

/** `--security` names a paired review's second slot (domain/slots.ts); without it, the first. */
function slotFor(security: boolean, item: ItemKey): SlotKey | ParseError {
    const {first, second} = slotsFor(item);
    if (security && second === null) {
        return {kind: 'parse-error', message: w.securityOnlyForReview};
    }
    return security && second !== null ? second : first;
}

function subStepRequired(item: ItemKey, substep: string | null, verb: string): string | ParseError {
    if (substep !== null) {
        return substep;
    }
    const substeps = itemDef(item).substeps;
    const [only, ...others] = substeps;
    if (only !== undefined && others.length === 0) {
        return only.key;
    }
    if (only === undefined) {
        return {kind: 'parse-error', message: w.noSubStepsTo(item, verb)};
    }
    return {kind: 'parse-error', message: w.whichSubStep(item, substeps.map((step) => step.key))};
}

type Builders = {readonly [N in SubcommandName]: (parsed: Parsed<N>) => ParsedCommand | ParseError};

/** What signoff and withdraw share: the item, its slot (--security) and an optional note. */
function slotAndNote(parsed: Parsed<'signoff'> | Parsed<'withdraw'>): {item: ItemKey; slot: SlotKey; note: string | null} | ParseError {
    const {item} = parsed.item('item');
    const slot = slotFor(parsed.has('security'), item);
    return typeof slot === 'string' ? {item, slot, note: optionalNote(parsed.flagText('note'))} : slot;
}

const BUILDERS: Builders = {
    help: (parsed) => ({kind: 'help', topic: parsed.command('command')}),
    add: (parsed) => {
        const name = parsed.flagText('name');
        if (name !== null && name.trim() === '') {
            return {kind: 'parse-error', message: w.nameEmpty};
        }
        const owners = [...new Set(parsed.flagTexts('owner').map((owner) => owner.toLowerCase()))];
        return {
            kind: 'add',
            pluginId: parsed.text('plugin-id'),
            repoUrl: parsed.text('repo-url'),
            name: name === null ? null : name.trim(),
            owners,
            thirdPartyService: parsed.has('third-party'),
            mattermostOwned: parsed.has('mattermost-owned'),
        };
    },
    list: (parsed) => ({kind: 'list', stage: parsed.flagStage('stage'), mine: parsed.has('mine'), waitingOnMe: parsed.has('waiting-on-me')}),
    status: (parsed) => ({kind: 'status', plugin: parsed.text('plugin')}),
    check: (parsed) => checkOrUncheck(parsed, 'check'),
    uncheck: (parsed) => checkOrUncheck(parsed, 'uncheck'),
    signoff: (parsed) => {
        const target = slotAndNote(parsed);
        if ('kind' in target) {
            return target;
        }
        const {item, slot, note} = target;
        const substitute = parsed.flagText('substitute');
        // Either slot may be the one that completes the review without the basic reviewer, so either takes the reason.
        if (substitute !== null && !slotsFor(item).takesSubstitute) {
            return {kind: 'parse-error', message: w.substituteOnlyForReview};
        }
        if (substitute !== null && substitute.trim() === '') {
            return {kind: 'parse-error', message: w.substituteNeedsReason};
        }
        return {kind: 'signoff', plugin: parsed.text('plugin'), item, slot, note, substituteReason: substitute === null ? null : substitute.trim()};
    },
    withdraw: (parsed) => {
        const target = slotAndNote(parsed);
        if ('kind' in target) {
            return target;
        }
        return {kind: 'withdraw', plugin: parsed.text('plugin'), ...target};
    },
    evidence: (parsed) => {
        const {item} = parsed.item('item');
        const field = parsed.text('field');
        const value = parsed.text('value').trim();
        const def = itemDef(item).evidence.find((entry) => entry.key === field);
        if (def?.kind === 'url' && !isHttpUrl(value)) {
            return {kind: 'parse-error', message: w.evidenceNotUrl(def.label, value)};
        }
        if (def?.kind === 'spdx' && !PATTERNS.spdx.test(value)) {
            return {kind: 'parse-error', message: w.notSpdx(value)};
        }
        return {kind: 'evidence', plugin: parsed.text('plugin'), item, field, value};
    },
    waive: (parsed) => {
        const {item, substep} = parsed.item('item');
        const reason = (parsed.flagText('reason') ?? '').trim();
        if (reason === '') {
            return {kind: 'parse-error', message: w.waiveReasonEmpty};
        }
        return {kind: 'waive', plugin: parsed.text('plugin'), item, substep, reason};
    },
    release: (parsed) => ({kind: 'release', plugin: parsed.text('plugin'), version: parsed.text('version'), url: parsed.text('url')}),
    deploy: (parsed) => ({kind: 'deploy', plugin: parsed.text('plugin'), stage: parsed.stage('stage'), note: optionalNote(parsed.flagText('note'))}),
    history: (parsed) => ({kind: 'history', plugin: parsed.text('plugin')}),
    'check-repo': (parsed) => ({kind: 'check-repo', plugin: parsed.text('plugin')}),
    handoff: (parsed) => ({kind: 'handoff', plugin: parsed.text('plugin')}),
    report: () => ({kind: 'report'}),
    mine: () => ({kind: 'mine'}),
    integrity: () => ({kind: 'integrity'}),
    restore: () => ({kind: 'restore'}),
    accept: (parsed) => {
        const reason = (parsed.flagText('reason') ?? '').trim();
        if (reason === '') {
            return {kind: 'parse-error', message: w.acceptReasonEmpty};
        }
        return {kind: 'accept', posts: parsed.posts('post-id'), reason};
    },
    open: (parsed) => ({kind: 'open', plugin: parsed.optionalText('plugin')}),
    setup: (parsed) => ({kind: 'setup', fresh: parsed.has('new')}),
};

function checkOrUncheck(parsed: Parsed<'check'> | Parsed<'uncheck'>, kind: 'check' | 'uncheck'): ParsedCommand | ParseError {
    const {item, substep} = parsed.item('item');
    const resolved = subStepRequired(item, substep, kind);
    return typeof resolved === 'string' ? {kind, plugin: parsed.text('plugin'), item, substep: resolved} : resolved;
}
