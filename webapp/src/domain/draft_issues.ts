// What is wrong with an event draft, by the event schema itself: the one validation every surface
// uses. The command and the forms build the draft they would send and ask this; each then says the
// issue in its own words (the command names its flag, a form its field), so no surface re-checks a
// limit and none can count differently from the schema (which counts code points, not UTF-16 units).
import {OnboardEvent, type EventDraft} from './events';
import {withId} from './new_event';

export type DraftProblem =
    /** A text longer than the schema's limit (limit: in code points). */
    | 'too-long'
    /** A list with more entries than the schema's limit. */
    | 'too-many'
    /** A required text or list that is empty. */
    | 'empty'
    /** Any other objection: a pattern, a refinement (detail says which, in the schema's words). */
    | 'invalid';

export interface DraftIssue {
    /** The draft's top-level field the issue is about, e.g. `note`, `owners`. */
    readonly field: string;
    readonly problem: DraftProblem;
    /** The schema's bound for too-long and too-many; null otherwise. */
    readonly limit: number | null;
    /** The schema's own words for the objection. */
    readonly detail: string;
}

/** Valid for EVENT_ID and never produced by newEventId() (which makes 26 characters). */
const DRAFT_CHECK_ID = 'draft-check';

/**
 * Valid ids standing in for what is looked up only after the draft is judged (the plugin a command
 * names, the owners a form lists by username), so that only what was typed is judged.
 */
export const STAND_IN_PLUGIN_ID = 'stand-in';
export const STAND_IN_USER_ID = 'standinstandinstandinstand';

function problemOf(code: string | undefined, origin: string, bound: number | null): Pick<DraftIssue, 'problem' | 'limit'> {
    if (code === 'too_big' && bound !== null) {
        return {problem: origin === 'array' ? 'too-many' : 'too-long', limit: bound};
    }
    if (code === 'too_small' && bound === 1) {
        return {problem: 'empty', limit: null};
    }
    return {problem: 'invalid', limit: null};
}

/** Every field the schema objects to, once each (its first objection), in the schema's order. Never throws. */
export function draftIssues(draft: EventDraft): DraftIssue[] {
    let parsed;
    try {
        parsed = OnboardEvent.safeParse(withId(draft, DRAFT_CHECK_ID));
    } catch {
        return [{field: '', problem: 'invalid', limit: null, detail: 'unreadable'}];
    }
    if (parsed.success) {
        return [];
    }
    const found = new Map<string, DraftIssue>();
    for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (found.has(field)) {
            continue;
        }
        const origin = 'origin' in issue && typeof issue.origin === 'string' ? issue.origin : '';
        const bound = issue.code === 'too_big' ? Number(issue.maximum) : issue.code === 'too_small' ? Number(issue.minimum) : null;
        found.set(field, {field, ...problemOf(issue.code, origin, bound), detail: issue.message});
    }
    return [...found.values()];
}

/** The first issue, or null when the schema accepts the draft. */
export function draftIssue(draft: EventDraft): DraftIssue | null {
    return draftIssues(draft)[0] ?? null;
}
