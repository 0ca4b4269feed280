import {AUTOCOMPLETE_HINT, GRAMMAR, SUBCOMMAND_NAMES, specOf, usage} from './grammar';
import {helpFor, helpOverview} from './help';
import {parse} from './parse';

describe('help is generated from the grammar', () => {
    it('the overview lists exactly the grammar\'s subcommands, in order', () => {
        const listed = [...helpOverview().matchAll(/^- `\/plugin-onboard ([a-z-]+)/gm)].map((match) => match[1]);
        expect(listed).toEqual(GRAMMAR.map((spec) => spec.name));
        expect(listed).toEqual([...SUBCOMMAND_NAMES]);
    });

    it('the overview shows each usage line and summary', () => {
        const overview = helpOverview();
        for (const spec of GRAMMAR) {
            expect(overview).toContain(`\`${usage(spec)}\` — ${spec.summary}`);
        }
    });

    it.each(GRAMMAR.map((spec) => [spec.name, spec] as const))('help %s shows its usage, options and examples', (_name, spec) => {
        const text = helpFor(spec.name);
        expect(text).toContain(usage(spec));
        for (const flag of spec.flags) {
            expect(text).toContain(`\`--${flag.name}\``);
            expect(text).toContain(flag.summary);
        }
        for (const example of spec.examples) {
            expect(text).toContain(`\`/plugin-onboard ${example}\``);
        }
    });

    it('every usage line names the arguments and options the parser reads', () => {
        expect(usage(specOf('add'))).toBe(
            '/plugin-onboard add <plugin-id> <repo-url> [--name "…"] [--owner @user]… [--third-party] [--mattermost-owned]');
        expect(usage(specOf('waive'))).toBe('/plugin-onboard waive <plugin> <item>[.<sub-step>] --reason "…"');
    });

    it('every subcommand in the grammar is parsed (none is only documented)', () => {
        for (const name of SUBCOMMAND_NAMES) {
            const parsed = parse(`help ${name}`);
            expect(parsed).toEqual({kind: 'help', topic: name});
        }
    });

    it('the autocomplete hint names exactly the grammar\'s subcommands', () => {
        expect(AUTOCOMPLETE_HINT).toBe(`[${GRAMMAR.map((spec) => spec.name).join('|')}] …`);
    });
});

describe('help lists the keys that apply', () => {
    it('evidence lists each item\'s evidence fields; check lists sub-steps, never the other kind', () => {
        const evidence = helpFor('evidence');
        expect(evidence).toContain('Evidence fields, by item:');
        expect(evidence).toContain('- `licence`: `spdx`');
        expect(evidence).not.toContain('make-pr');
        const check = helpFor('check');
        expect(check).toContain('- `basic-review`: `introduction`, `make-pr`');
        expect(check).not.toContain('introduction-post');
        expect(helpFor('deploy')).not.toContain('by item');
    });

    it('evidence names the sub-step a field records, the PM/UX findings included', () => {
        expect(helpFor('evidence')).toContain('- `pm-ux-review`: `summary` (sub-step `write-summary`), `use-cases` (sub-step `list-use-cases`), `docs` (sub-step `documentation`), '
            + '`walkthrough-notes` (sub-step `run-through`), `comms-decision` (sub-step `communication`)');
    });

    it('signoff and withdraw list every item and who signs it; deploy and list the stages; waive items and their sub-steps', () => {
        for (const name of ['signoff', 'withdraw'] as const) {
            const text = helpFor(name);
            expect(text).toContain('- `qa-pass`: QA team');
            expect(text).toContain('- `complete-review`: Reviewer (Core committers), Security reviewer (Core committers, `--security`)');
        }
        expect(helpFor('deploy')).toContain('- `ci-extensions-release`: ci-extensions-release (Integrations team deploy)');
        expect(helpFor('list')).toContain('- `community`: community.mattermost.com');
        expect(helpFor('waive')).toContain('- `licence`: no sub-steps');
        expect(helpFor('check')).not.toContain('`licence`');
    });

    it('the overview lists every item\'s sub-steps and evidence fields', () => {
        const overview = helpOverview();
        expect(overview).toContain('- `licence`: no sub-steps; evidence `spdx`');
        expect(overview).toContain('- `release-qa`: no sub-steps; evidence `qa-notes`');
        expect(overview).toContain('- `basic-review`: sub-steps `introduction`, `make-pr`; evidence `introduction-post`, `review-pr`');
    });
});
