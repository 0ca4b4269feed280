// Resolving the stable human keys people type (stages, items, sub-steps, evidence fields,
// subcommands, flags): exact or alias first, then an unambiguous prefix; otherwise a message that
// names the nearest key by edit distance and lists the valid ones.
import {ITEMS, STAGES, itemDef} from '../domain/process';
import type {ItemKey, StageKey} from '../domain/process_types';

import {code} from './markdown';
import {TRIGGER} from './trigger';
import {helpWords as w} from './words';

export type Resolved<T> = {ok: true; value: T} | {ok: false; message: string};

export function editDistance(a: string, b: string): number {
    const row: number[] = [];
    for (let j = 0; j <= b.length; j++) {
        row.push(j);
    }
    for (let i = 1; i <= a.length; i++) {
        let diagonal = i - 1;
        let left = i;
        row[0] = i;
        const ch = a.charCodeAt(i - 1);
        for (let j = 1; j <= b.length; j++) {
            const up = row[j] ?? 0;
            let best = diagonal + (ch === b.charCodeAt(j - 1) ? 0 : 1);
            if (up + 1 < best) {
                best = up + 1;
            }
            if (left + 1 < best) {
                best = left + 1;
            }
            row[j] = best;
            diagonal = up;
            left = best;
        }
    }
    return row[b.length] ?? 0;
}

/** The closest candidate, if it is close enough to be a plausible typo. */
export function nearest(input: string, candidates: readonly string[]): string | null {
    const typed = input.toLowerCase();
    const limit = Math.max(2, Math.floor(typed.length / 2));
    let best: string | null = null;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
        // The distance is at least the difference in length: skip the work when that is already too far.
        if (Math.abs(candidate.length - typed.length) >= bestDistance) {
            continue;
        }
        const distance = editDistance(typed, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

export function listKeys(keys: readonly string[]): string {
    return keys.map(code).join(', ');
}

/**
 * `what` names the kind of key in messages ("item", "stage of …"); `aliases` map extra spellings
 * to keys and take part in prefix matching too.
 */
export function resolveKey<T extends string>(
    input: string,
    keys: readonly T[],
    what: string,
    aliases: Readonly<Record<string, T>> = {},
    context = '',
): Resolved<T> {
    const typed = input.toLowerCase();
    const spellings = new Map<string, T>();
    for (const key of keys) {
        spellings.set(key.toLowerCase(), key);
    }
    for (const [alias, key] of Object.entries(aliases)) {
        spellings.set(alias.toLowerCase(), key);
    }
    const exact = spellings.get(typed);
    if (exact !== undefined) {
        return {ok: true, value: exact};
    }
    if (typed !== '') {
        const matches = new Set<T>();
        for (const [spelling, key] of spellings) {
            if (spelling.startsWith(typed)) {
                matches.add(key);
            }
        }
        const [only, ...others] = [...matches];
        if (only !== undefined && others.length === 0) {
            return {ok: true, value: only};
        }
        if (only !== undefined) {
            return {ok: false, message: w.ambiguous(capitalize(what), input, context, listKeys([only, ...others]))};
        }
    }
    const suggestion = nearest(input, [...spellings.keys()]);
    const hint = suggestion === null ? '' : w.didYouMean(spellings.get(suggestion) ?? suggestion);
    const label = input === '' ? w.emptyKey(what, context) : w.unknownKey(what, input, context);
    return {ok: false, message: w.valid(label, hint, listKeys(keys))};
}

function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

export const STAGE_ALIASES: Readonly<Record<string, StageKey>> = {
    ci: 'ci-extensions',
    release: 'ci-extensions-release',
    'ci-release': 'ci-extensions-release',
    'community.mattermost.com': 'community',
};

export const STAGE_KEY_LIST: readonly StageKey[] = STAGES.map((stage) => stage.key);
export const ITEM_KEY_LIST: readonly ItemKey[] = ITEMS.map((item) => item.key);

export function resolveStage(input: string): Resolved<StageKey> {
    return resolveKey(input, STAGE_KEY_LIST, 'stage', STAGE_ALIASES);
}

export function resolveItem(input: string): Resolved<ItemKey> {
    return resolveKey(input, ITEM_KEY_LIST, 'item');
}

/** The keys a sub-step had before: still understood, so that what people learned keeps working. */
function formerSubStepKeys(item: ItemKey): Record<string, string> {
    const aliases: Record<string, string> = {};
    for (const substep of itemDef(item).substeps) {
        for (const former of substep.formerKeys ?? []) {
            aliases[former] = substep.key;
        }
    }
    return aliases;
}

export function resolveSubStep(item: ItemKey, input: string): Resolved<string> {
    const def = itemDef(item);
    const keys = def.substeps.map((substep) => substep.key);
    if (keys.length === 0) {
        return {ok: false, message: w.noSubStepsOf(item, otherKind(item, input, 'evidence'))};
    }
    const resolved = resolveKey(input, keys, 'sub-step', formerSubStepKeys(item), w.ofItem(item));
    return resolved.ok ? resolved : {ok: false, message: `${resolved.message}${otherKind(item, input, 'evidence')}`};
}

export function resolveEvidenceField(item: ItemKey, input: string): Resolved<string> {
    const keys = itemDef(item).evidence.map((field) => field.key);
    if (keys.length === 0) {
        return {ok: false, message: w.noEvidenceOf(item, otherKind(item, input, 'substep'))};
    }
    const resolved = resolveKey(input, keys, 'evidence field', {}, w.ofItem(item));
    return resolved.ok ? resolved : {ok: false, message: `${resolved.message}${otherKind(item, input, 'substep')}`};
}

/**
 * When what was typed is a key of the other kind (an evidence field given to check, say), or a
 * misspelling of one, how to use it: the same edit distance as for every other key.
 */
function otherKind(item: ItemKey, input: string, kind: 'evidence' | 'substep'): string {
    const typed = input.toLowerCase();
    const def = itemDef(item);
    const keys = kind === 'evidence' ? def.evidence.map((field) => field.key) : def.substeps.map((substep) => substep.key);
    const match = keys.includes(typed) ? typed : nearest(typed, keys);
    if (match === null) {
        return '';
    }
    const noun = kind === 'evidence' ? w.anEvidenceField : w.aSubStep;
    const how = kind === 'evidence' ? `${TRIGGER} evidence <plugin> ${item} ${match} <value>` : `${TRIGGER} check <plugin> ${item}.${match}`;
    return match === typed ? w.isKindOf(typed, noun, item, how) : w.meantKindOf(match, noun, item, how);
}
