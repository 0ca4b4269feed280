import fc from 'fast-check';

import {EventIds, idKey} from './event_ids';

describe('EventIds', () => {
    it('answers exactly as a Set of the ids would, colliding keys included', () => {
        // Keys squeezed into 3 bits: nearly every id collides with another, so the exact path is exercised.
        const narrow = (id: string): number => idKey(id) & 7;
        fc.assert(fc.property(fc.array(fc.string({maxLength: 6}), {maxLength: 60}), fc.boolean(), (ids, squeeze) => {
            const exact = new Set<string>();
            const seen = new EventIds();
            for (const id of ids) {
                const isNew = !exact.has(id);
                exact.add(id);
                expect(seen.add(id, squeeze ? narrow(id) : idKey(id))).toBe(isNew);
            }
        }), {numRuns: 2000});
    });

    it('keeps answering exactly while it grows past its first size', () => {
        for (const squeeze of [0x3fffffff, 0xff]) {
            const seen = new EventIds();
            const ids = Array.from({length: 3000}, (_, i) => `event-${i}`);
            expect(ids.every((id) => seen.add(id, idKey(id) & squeeze))).toBe(true);
            expect(ids.some((id) => seen.add(id, idKey(id) & squeeze))).toBe(false);
            expect(seen.add('event-new', idKey('event-new') & squeeze)).toBe(true);
        }
    });

    it('keys are small integers and the same for the same id', () => {
        fc.assert(fc.property(fc.string(), (id) => {
            const key = idKey(id);
            expect(Number.isInteger(key) && key >= 0 && key < 2 ** 30).toBe(true);
            expect(idKey(id.slice())).toBe(key);
        }));
    });
});
