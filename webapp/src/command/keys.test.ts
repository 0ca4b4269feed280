import {editDistance, nearest, resolveEvidenceField, resolveItem, resolveStage, resolveSubStep} from './keys';

describe('editDistance', () => {
    it.each<[string, string, number]>([
        ['kitten', 'sitting', 3], ['', 'abc', 3], ['abc', '', 3], ['qa-passs', 'qa-pass', 1], ['flaw', 'lawn', 2], ['same', 'same', 0],
    ])('%j → %j is %i', (a, b, distance) => {
        expect(editDistance(a, b)).toBe(distance);
        expect(editDistance(b, a)).toBe(distance);
    });
});

describe('nearest', () => {
    it('suggests a plausible typo, not a far-off key', () => {
        expect(nearest('comunity', ['ci-extensions', 'community'])).toBe('community');
        expect(nearest('QA-PAS', ['qa-pass', 'pm-ux-review'])).toBe('qa-pass');
        expect(nearest('zzzzzzzzzz', ['qa-pass', 'licence'])).toBeNull();
    });
});

describe('resolving stable keys', () => {
    it('stages: keys, aliases and unambiguous prefixes', () => {
        expect(resolveStage('ci')).toEqual({ok: true, value: 'ci-extensions'});
        expect(resolveStage('release')).toEqual({ok: true, value: 'ci-extensions-release'});
        expect(resolveStage('ci-release')).toEqual({ok: true, value: 'ci-extensions-release'});
        expect(resolveStage('CI-EXTENSIONS')).toEqual({ok: true, value: 'ci-extensions'});
        expect(resolveStage('comm')).toEqual({ok: true, value: 'community'});
        expect(resolveStage('ci-ext')).toEqual({ok: false, message: expect.stringContaining('ambiguous')});
    });

    it('items: an exact key wins over a longer key it prefixes', () => {
        expect(resolveItem('release')).toEqual({ok: true, value: 'release'});
        expect(resolveItem('release-')).toEqual({ok: true, value: 'release-qa'});
        expect(resolveItem('qa-passs')).toEqual({ok: false, message: 'Unknown item `qa-passs`. Did you mean `qa-pass`? Valid: `basic-review`, `ci-master`, `licence`, `complete-review`, `qa-pass`, `pm-ux-review`, `release`, `release-qa`.'});
    });

    it('sub-steps and evidence fields belong to their item', () => {
        expect(resolveSubStep('qa-pass', 'func')).toEqual({ok: true, value: 'functional-testing'});
        expect(resolveSubStep('licence', 'x')).toEqual({ok: false, message: 'Item `licence` has no sub-steps.'});
        expect(resolveEvidenceField('ci-master', 'ci')).toEqual({ok: true, value: 'ci-request'});
        expect(resolveEvidenceField('pm-ux-review', 'doc')).toEqual({ok: true, value: 'docs'});
    });

    it('a misspelt key of the other kind is suggested as that kind, with the command that takes it', () => {
        const check = resolveSubStep('pm-ux-review', 'comms-decison');
        expect(check.ok ? '' : check.message).toContain('Did you mean `comms-decision`, an evidence field of `pm-ux-review`? `/plugin-onboard evidence <plugin> pm-ux-review comms-decision <value>`.');
        const evidence = resolveEvidenceField('pm-ux-review', 'comunication');
        expect(evidence.ok ? '' : evidence.message).toContain('Did you mean `communication`, a sub-step of `pm-ux-review`? `/plugin-onboard check <plugin> pm-ux-review.communication`.');
        const exact = resolveSubStep('qa-pass', 'qa-notes');
        expect(exact.ok ? '' : exact.message).toContain('`qa-notes` is an evidence field of `qa-pass`');
        // Far from every key of both kinds: no guess.
        const far = resolveSubStep('qa-pass', 'zzzzzzzzzzzz');
        expect(far.ok ? '' : far.message).not.toContain('Did you mean');
    });
});
