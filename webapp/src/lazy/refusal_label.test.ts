import {refusalLabel} from './command_entry';

describe('a refusal under the message box', () => {
    test('one line stays as it is, with no reply', () => {
        const replies: string[] = [];
        expect(refusalLabel('Unknown option `--x`.', (m) => replies.push(m))).toBe('Unknown option `--x`.');
        expect(replies).toEqual([]);
    });

    test('several lines: the whole refusal is a reply (its list renders there) and the label is its first line', () => {
        const replies: string[] = [];
        const markdown = 'Not recorded. QA pass cannot be signed off yet; still missing:\n- evidence \'QA notes\'\n- sub-step \'Functional testing\'\nWho holds the role: QA team (@carol-qa).';
        expect(refusalLabel(markdown, (m) => replies.push(m))).toBe('Not recorded. QA pass cannot be signed off yet; still missing: see the reply above.');
        expect(replies).toEqual([markdown]);
    });
});
