import {normalizeArgs} from './re_arg';

describe('normalizeArgs (the webapp registry reArg rule)', () => {
    test('positional arguments are named in order', () => {
        expect(normalizeArgs(['type', 'component'], ['custom_x', 'C'])).toEqual({type: 'custom_x', component: 'C'});
    });

    test('one object with only known keys is taken as named arguments', () => {
        expect(normalizeArgs(['type', 'component'], [{type: 'custom_x', component: 'C'}])).toEqual({type: 'custom_x', component: 'C'});
    });

    test('one object with an unknown key is a positional argument', () => {
        const arg = {type: 'custom_x', extra: 1};
        expect(normalizeArgs(['type', 'component'], [arg])).toEqual({type: arg, component: undefined});
    });

    test('a class instance is never taken as named arguments', () => {
        class Thing { type = 'x'; }
        const t = new Thing();
        expect(normalizeArgs(['type'], [t])).toEqual({type: t});
    });
});
