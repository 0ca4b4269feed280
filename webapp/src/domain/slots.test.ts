import {ITEMS} from './process';
import {otherSlot, slotsFor} from './slots';

describe('slotsFor: the complete review\'s two-slot rule, in one place', () => {
    it('the complete review pairs a reviewer and a security reviewer, either of whom may give a substitute\'s reason', () => {
        expect(slotsFor('complete-review')).toMatchObject({first: 'reviewer', second: 'security', paired: true, takesSubstitute: true});
        expect(otherSlot('complete-review', 'reviewer')).toBe('security');
        expect(otherSlot('complete-review', 'security')).toBe('reviewer');
    });

    it('every other item is signed once, on its sign-off slot, and takes no substitute', () => {
        for (const def of ITEMS.filter((entry) => entry.key !== 'complete-review')) {
            expect({item: def.key, ...slotsFor(def.key)}).toMatchObject({item: def.key, first: 'signoff', second: null, paired: false, takesSubstitute: false});
            expect(otherSlot(def.key, 'signoff')).toBeNull();
        }
    });

    it('reads the slots off the process definition', () => {
        for (const def of ITEMS) {
            expect(slotsFor(def.key).slots).toBe(def.slots);
        }
    });
});
