// The line a post adds about who the next step waits on (domain/handoff.ts decides whom to
// mention): "Next: @frank-core, @grace-core (the core committers) — Basic Code Review passed: Sign
// off". Markdown: the mentions and the card's link arrive made (domain/markdown.ts); the steps are
// the process's own words. One export per phrase, imported as a namespace (see refusal_words.ts).
import type {Actor} from '../domain/process_types';

/** Each group as the line names it. */
export const WHO: Readonly<Record<Actor, string>> = {
    author: 'the owners',
    'core-committer': 'the core committers',
    qa: 'the QA team',
    pm: 'PM/UX',
    integrations: 'the Integrations team',
};

/** "@frank-core, @grace-core (the core committers)". */
export const mentioned = (mentions: readonly string[], who: string): string => `${mentions.join(', ')} (${who})`;

/** Past the policy's cap on mentions: how many, and where to see them (`card`: the card's link, when known). */
export const counted = (who: string, count: number, card: string | null): string =>
    `${who} (${count} ${count === 1 ? 'person' : 'people'}, see ${card ?? 'the Plugin Onboarding panel'})`;

/** A step of an item: "Basic Code Review passed: Sign off". */
export const itemStep = (item: string, what: string): string => `${item}: ${what}`;

export const group = (who: string, steps: readonly string[]): string => `${who} — ${steps.join('; ')}`;

export const next = (groups: readonly string[]): string => `Next: ${groups.join(' · ')}`;
