// The grammar is typed: a builder can ask only for the names its own entry declares. The lines
// marked @ts-expect-error are compile errors; if one ever compiled, tsc would fail on the mark.
import {Parsed} from './parsed_args';

describe('grammar types', () => {
    it('a wrong argument or flag name is a compile error, a right one is not', () => {
        const add = new Parsed('add', new Map([['plugin-id', {kind: 'text', text: 'github'}]]), new Map());
        // @ts-expect-error: `add` has no <plugin> argument; it is <plugin-id>
        expect(() => add.text('plugin')).toThrow();
        // @ts-expect-error: `add` has no --note
        expect(add.flagText('note')).toBeNull();
        expect(add.text('plugin-id')).toBe('github');
        expect(add.has('third-party')).toBe(false);

        const report = new Parsed('report', new Map(), new Map());
        // @ts-expect-error: `report` takes no arguments at all
        expect(() => report.text('plugin')).toThrow();
    });
});
