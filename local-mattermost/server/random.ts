// Where the server's deliberate arbitrariness comes from: the order of posts with equal create_at
// and which rows a capped `since` answer keeps. Mattermost leaves both to the database, so the
// default is Math.random and differs per request; tests that need a repeatable answer pass a seed.
export type Random = () => number;

// mulberry32: small, fast and good enough to shuffle test data repeatably.
export function seededRandom(seed: number): Random {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export function shuffleInPlace<T>(items: T[], random: Random): T[] {
    for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const a = items[i];
        const b = items[j];
        if (a !== undefined && b !== undefined) {
            items[i] = b;
            items[j] = a;
        }
    }
    return items;
}
