// A page cut from the channel index (oldest first) must be the page a whole newest-first sort
// would give: the same times in the same order, each tie's posts drawn from that tie only.
import fc from 'fast-check';

import {cursorAround, newestFirst, newestFirstPage} from './post_order';
import {seededRandom} from './random';
import type {PostRecord} from './records';

function row(id: number, createAt: number): PostRecord {
    // Only the id and create_at matter to ordering; the rest is any valid record.
    return {
        id: `p${id}`, channel_id: 'c', user_id: 'u', root_id: '', original_id: '', message: '', type: '', props: {}, hashtags: '',
        pending_post_id: '', create_at: createAt, update_at: createAt, edit_at: 0, delete_at: 0, is_pinned: false,
    };
}

describe('a page of the newest-first order', () => {
    it('holds the times a whole sort gives at that offset, and each post of a tie comes from that tie', () => {
        fc.assert(fc.property(
            fc.array(fc.integer({min: 0, max: 30}), {maxLength: 120}),
            fc.integer({min: 0, max: 130}),
            fc.integer({min: 1, max: 50}),
            fc.integer(),
            (times, offset, limit, seed) => {
                const ascending = times.map((t, i) => row(i, t)).sort((a, b) => a.create_at - b.create_at);
                const page = newestFirstPage(ascending, offset, limit, seededRandom(seed));
                const whole = newestFirst(ascending, seededRandom(seed)).slice(offset, offset + limit);
                expect(page.map((p) => p.create_at)).toEqual(whole.map((p) => p.create_at));
                expect(new Set(page.map((p) => p.id)).size).toBe(page.length);
                for (const p of page) {
                    expect(ascending).toContain(p);
                }
            },
        ));
    });

    it('orders a tie that crosses the page edge afresh on every call', () => {
        const ascending = Array.from({length: 40}, (_, i) => row(i, i < 10 ? i : 100));
        const random = seededRandom(7);
        const pages = new Set(Array.from({length: 20}, () => newestFirstPage(ascending, 20, 20, random).map((p) => p.id).join()));
        expect(pages.size).toBeGreaterThan(1);
    });
});

describe('the cursor around a time', () => {
    /** getPostIdAroundTime read the long way: every post looked at, the first of the nearest time kept. */
    function reference(live: readonly PostRecord[], createAt: number, side: 'after' | 'before'): string {
        let best: PostRecord | undefined;
        for (const p of live) {
            if (side === 'after' ? p.create_at > createAt && (best === undefined || p.create_at < best.create_at) :
                p.create_at < createAt && (best === undefined || p.create_at > best.create_at)) {
                best = p;
            }
        }
        return best?.id ?? '';
    }

    it('is the first post of the nearest time strictly after or before it, as reading every post finds it', () => {
        fc.assert(fc.property(
            fc.array(fc.integer({min: 0, max: 30}), {maxLength: 120}),
            fc.integer({min: -2, max: 32}),
            fc.constantFrom<'after' | 'before'>('after', 'before'),
            (times, at, side) => {
                const ascending = times.map((t, i) => row(i, t)).sort((a, b) => a.create_at - b.create_at);
                expect(cursorAround(ascending, at, side)).toBe(reference(ascending, at, side));
            },
        ));
    });
});
