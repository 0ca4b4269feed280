// Counts the requests the plugin's storage makes, by wrapping fetch (the Mattermost adapter's only
// way out), so request figures are counted, never estimated.
export interface RequestCounter {
    /** Requests since the last take(), as `METHOD url`; resets. */
    take(): string[];
    restore(): void;
}

export function countFetches(): RequestCounter {
    const original = globalThis.fetch;
    let seen: string[] = [];
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        seen.push(`${(init?.method ?? 'GET').toUpperCase()} ${url}`);
        return original(input, init);
    };
    return {
        take: () => {
            const taken = seen;
            seen = [];
            return taken;
        },
        restore: () => {
            globalThis.fetch = original;
        },
    };
}
