// Counts the requests the plugin's storage makes, by wrapping fetch (the Mattermost adapter's only
// way out), so request figures are counted, never estimated.
export interface RequestCounter {
    /** Requests since the last take(), as `METHOD url`; resets. */
    take(): string[];
    /** While paused, requests pass uncounted (seeding a tracker makes thousands). */
    pause(paused: boolean): void;
    restore(): void;
}

export function countFetches(): RequestCounter {
    const original = globalThis.fetch;
    let seen: string[] = [];
    let paused = false;
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (!paused) {
            seen.push(`${(init?.method ?? 'GET').toUpperCase()} ${url}`);
        }
        return original(input, init);
    };
    return {
        take: () => {
            const taken = seen;
            seen = [];
            return taken;
        },
        pause: (on) => {
            paused = on;
        },
        restore: () => {
            globalThis.fetch = original;
        },
    };
}
