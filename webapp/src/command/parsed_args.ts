// What the parser read for one subcommand, by the names its grammar entry declares.
import type {ItemKey, StageKey} from '../domain/process_types';

import type {ArgName, FlagName, SubcommandName} from './grammar';

export type Value =
    | {kind: 'text'; text: string}
    | {kind: 'posts'; posts: string[]}
    | {kind: 'command'; name: SubcommandName}
    | {kind: 'item'; item: ItemKey; substep: string | null}
    | {kind: 'stage'; stage: StageKey};

export type FlagValue = {kind: 'set'} | {kind: 'text'; texts: string[]} | {kind: 'stage'; stage: StageKey};

/** Thrown only if a builder reads an argument as another kind than its grammar entry gives it: a bug, caught in parse(). */
export class GrammarMismatch extends Error {}

/**
 * What the parser read for subcommand N. Builders may ask only for the argument and flag names N's
 * grammar entry declares (ArgName, FlagName): asking for another is a compile error.
 */
export class Parsed<N extends SubcommandName> {
    constructor(
        readonly name: N,
        private readonly values: ReadonlyMap<string, Value>,
        private readonly flags: ReadonlyMap<string, FlagValue>,
    ) {}

    private value(name: ArgName<N>): Value | undefined {
        return this.values.get(name);
    }

    text(name: ArgName<N>): string {
        const value = this.value(name);
        if (value?.kind !== 'text') {
            throw new GrammarMismatch(name);
        }
        return value.text;
    }

    optionalText(name: ArgName<N>): string | null {
        return this.value(name) === undefined ? null : this.text(name);
    }

    command(name: ArgName<N>): SubcommandName | null {
        const value = this.value(name);
        return value?.kind === 'command' ? value.name : null;
    }

    item(name: ArgName<N>): {item: ItemKey; substep: string | null} {
        const value = this.value(name);
        if (value?.kind !== 'item') {
            throw new GrammarMismatch(name);
        }
        return value;
    }

    posts(name: ArgName<N>): string[] {
        const value = this.value(name);
        if (value?.kind !== 'posts') {
            throw new GrammarMismatch(name);
        }
        return value.posts;
    }

    stage(name: ArgName<N>): StageKey {
        const value = this.value(name);
        if (value?.kind !== 'stage') {
            throw new GrammarMismatch(name);
        }
        return value.stage;
    }

    has(flag: FlagName<N>): boolean {
        return this.flags.has(flag);
    }

    flagTexts(flag: FlagName<N>): string[] {
        const value = this.flags.get(flag);
        return value?.kind === 'text' ? value.texts : [];
    }

    flagText(flag: FlagName<N>): string | null {
        return this.flagTexts(flag)[0] ?? null;
    }

    flagStage(flag: FlagName<N>): StageKey | null {
        const value = this.flags.get(flag);
        return value?.kind === 'stage' ? value.stage : null;
    }
}
