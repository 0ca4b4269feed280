// Fault injection for tests: per-request errors and delays, and dropped websockets.
import {z} from 'zod';

export interface FaultRule {
    method?: string | undefined;
    path?: RegExp | string | undefined;
    status?: number | undefined;
    // 0..1: the share of matching requests that fail.
    errorRate?: number | undefined;
    delayMs?: number | undefined;
    // How many matching requests the rule affects before it expires.
    times?: number | undefined;
}

export interface FaultController {
    add(rule: FaultRule): void;
    clear(): void;
    dropWebsockets(): void;
}

export interface FaultEffect {
    delayMs: number;
    status: number | undefined;
}

// The JSON form used by POST /__local/faults, with the path regex as a string.
export const faultRulesBody = z.object({
    rules: z.array(z.object({
        method: z.string().optional(),
        path: z.string().optional(),
        status: z.number().int().min(100).max(599).optional(),
        errorRate: z.number().min(0).max(1).optional(),
        delayMs: z.number().min(0).optional(),
        times: z.number().int().min(1).optional(),
    })),
});

interface ActiveRule {
    rule: FaultRule;
    pattern: RegExp | undefined;
    remaining: number;
}

export class Faults implements FaultController {
    private rules: ActiveRule[] = [];

    constructor(private readonly onDrop: () => void, private readonly random: () => number = Math.random) {}

    add(rule: FaultRule): void {
        const pattern = rule.path === undefined ? undefined : typeof rule.path === 'string' ? new RegExp(rule.path) : rule.path;
        this.rules.push({rule, pattern, remaining: rule.times ?? Infinity});
    }

    clear(): void {
        this.rules = [];
    }

    dropWebsockets(): void {
        this.onDrop();
    }

    // A rule with a status (or an error rate) fails the request; one with only delayMs slows it.
    // errorRate decides per request whether the status applies; `times` counts the requests hit.
    effectFor(method: string, path: string): FaultEffect {
        const effect: FaultEffect = {delayMs: 0, status: undefined};
        for (const active of this.rules) {
            const {rule, pattern} = active;
            if (active.remaining <= 0) {
                continue;
            }
            if (rule.method !== undefined && rule.method.toUpperCase() !== method.toUpperCase()) {
                continue;
            }
            if (pattern !== undefined && !pattern.test(path)) {
                continue;
            }
            const fails = rule.status !== undefined || rule.errorRate !== undefined;
            const hit = rule.errorRate === undefined || this.random() < rule.errorRate;
            if (!hit) {
                continue;
            }
            active.remaining--;
            effect.delayMs += rule.delayMs ?? 0;
            if (fails && effect.status === undefined) {
                effect.status = rule.status ?? 500;
            }
        }
        this.rules = this.rules.filter((r) => r.remaining > 0);
        return effect;
    }
}
