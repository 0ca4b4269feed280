// One measured figure of `make bench`, next to its budget. A figure that could not be measured
// carries value null and fails: a missing number must never read as a pass.

export type Comparison = '<=' | '>=' | '==';

export interface Budget {
    readonly op: Comparison;
    readonly limit: number;
}

export type Verdict = 'PASS' | 'FAIL' | 'REPORT';

export interface Figure {
    readonly key: string;
    readonly label: string;
    readonly value: number | null;
    readonly unit: string;
    /** null: reported only, no budget. */
    readonly budget: Budget | null;
    readonly verdict: Verdict;
    /** Ratios, sample counts, what was loaded; or `not measured: <why>`. */
    readonly detail: string;
}

/** What a figure is, before it is measured. */
export interface FigureSpec {
    readonly key: string;
    readonly label: string;
    readonly unit: string;
    readonly budget: Budget | null;
}

export function meets(value: number, budget: Budget): boolean {
    switch (budget.op) {
    case '<=':
        return value <= budget.limit;
    case '>=':
        return value >= budget.limit;
    case '==':
        return value === budget.limit;
    }
}

export function measured(spec: FigureSpec, value: number, detail = ''): Figure {
    const verdict: Verdict = spec.budget === null ? 'REPORT' : meets(value, spec.budget) ? 'PASS' : 'FAIL';
    return {...spec, value, verdict, detail};
}

export function notMeasured(spec: FigureSpec, why: string): Figure {
    return {...spec, value: null, verdict: 'FAIL', detail: `not measured: ${why}`};
}

/** A group of figures measured together (they share a server, a browser or a build). */
export interface FigureGroup {
    readonly name: string;
    readonly specs: readonly FigureSpec[];
    /** Returns one figure per spec; a spec it leaves out is reported as not measured. */
    measure(): Promise<Figure[]>;
}
