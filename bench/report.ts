// The bench's two outputs: a table for people and bench/results.json for tools, with the same figures.
import fs from 'node:fs';

import type {Figure} from './figure';

function formatValue(figure: Figure): string {
    if (figure.value === null) {
        return '—';
    }
    const digits = Number.isInteger(figure.value) ? 0 : figure.value < 10 ? 2 : 1;
    return `${figure.value.toLocaleString('en-US', {maximumFractionDigits: digits, minimumFractionDigits: digits})} ${figure.unit}`;
}

function formatBudget(figure: Figure): string {
    if (figure.budget === null) {
        return 'report';
    }
    const op = figure.budget.op === '==' ? '=' : figure.budget.op === '<=' ? '≤' : '≥';
    return `${op} ${figure.budget.limit.toLocaleString('en-US')} ${figure.unit}`;
}

export function table(figures: readonly Figure[]): string {
    const rows = figures.map((f) => [f.label, formatValue(f), formatBudget(f), f.verdict, f.detail]);
    const header = ['figure', 'value', 'budget', 'verdict', 'detail'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.filter(() => i < 4).map((r) => (r[i] ?? '').length)));
    const line = (cells: readonly string[]) => cells.map((c, i) => (i < 4 ? c.padEnd(widths[i] ?? 0) : c)).join(' | ');
    return [line(header), widths.slice(0, 4).map((w) => '-'.repeat(w)).join('-|-') + '-|-------', ...rows.map(line)].join('\n');
}

export function writeJson(file: string, figures: readonly Figure[], startedAt: Date): void {
    const body = {
        startedAt: startedAt.toISOString(),
        node: process.version,
        passed: figures.every((f) => f.verdict !== 'FAIL'),
        figures,
    };
    fs.writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
}
