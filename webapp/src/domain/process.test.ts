// The process definition covers the seed file, line for line, and is well-formed as data.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';

import {DEFAULT_LICENCES, ITEMS, STAGES} from './process';
import {ProcessDefinition} from './process_schema';
import {ROLE_KEYS} from './process_types';
import {PolicySet} from './events';

const SEED = path.resolve(__dirname, '../../../../shared/seed/community_process.md');

function seed(): string {
    if (!existsSync(SEED)) {
        throw new Error(`The seed file is missing at ${SEED}: this test checks the process against it, so it cannot run without it.`);
    }
    return readFileSync(SEED, 'utf8');
}

/** Lower case, Markdown links reduced to their text, punctuation and spaces folded. */
function normalise(text: string): string {
    return text
        .replace(/\{\{<\s*newtabref[^>]*title="([^"]*)"\s*>\}\}/g, '$1')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/`/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9/]+/g, ' ')
        .trim();
}

/** The bullets under a heading, up to the next heading of the same or a higher level. */
function bulletsUnder(markdown: string, heading: RegExp): string[] {
    const lines = markdown.split('\n');
    const start = lines.findIndex((line) => heading.test(line));
    if (start < 0) {
        throw new Error(`heading ${heading} not found in the seed`);
    }
    const level = (lines[start]?.match(/^#+/)?.[0].length) ?? 0;
    const bullets: string[] = [];
    for (const line of lines.slice(start + 1)) {
        const match = line.match(/^(#+)\s/);
        if (match && (match[1]?.length ?? 0) <= level) {
            break;
        }
        if (line.startsWith('- ')) {
            bullets.push(line.slice(2));
        }
    }
    return bullets;
}

function stepsInvolved(markdown: string, heading: RegExp): string[] {
    const section = markdown.split('\n');
    const start = section.findIndex((line) => heading.test(line));
    const rest = section.slice(start + 1);
    const end = rest.findIndex((line) => /^#{1,3}\s/.test(line));
    const body = rest.slice(0, end < 0 ? undefined : end);
    const steps = body.findIndex((line) => /^Steps involved/.test(line));
    return body.slice(steps + 1).filter((line) => line.startsWith('- ')).map((line) => line.slice(2));
}

const labels = new Set([
    ...ITEMS.map((item) => normalise(item.label)),
    ...ITEMS.flatMap((item) => item.substeps.map((substep) => normalise(substep.label))),
]);

describe('the process definition covers the seed', () => {
    const markdown = seed();

    it.each(['Deploy to ci-extensions', 'Deploy to ci-extensions-release', 'Deploy to community.mattermost.com'])('has every checklist line under "%s" as an item of that stage', (heading) => {
        const bullets = bulletsUnder(markdown, new RegExp(`^###\\s+${heading.replace(/[.]/g, '\\.')}\\s*$`));
        expect(bullets.length).toBeGreaterThan(0);
        const stage = STAGES.find((candidate) => candidate.label === heading);
        expect(stage).toBeDefined();
        const stageLabels = ITEMS.filter((item) => item.stage === stage?.key).map((item) => normalise(item.label));
        for (const bullet of bullets) {
            expect(stageLabels).toContain(normalise(bullet));
        }
        expect(stageLabels).toHaveLength(bullets.length);
    });

    it.each(['QA pass', 'PM/UX review'])('has every "Steps involved" bullet of %s as a sub-step', (heading) => {
        const steps = stepsInvolved(markdown, new RegExp(`^###\\s+${heading.replace('/', '\\/')}\\s*$`));
        expect(steps.length).toBeGreaterThanOrEqual(4);
        // A sub-step of this very item, not of any item.
        const own = ITEMS.find((item) => item.label === heading)?.substeps.map((substep) => normalise(substep.label)) ?? [];
        for (const step of steps) {
            expect(labels).toContain(normalise(step));
            expect(own).toContain(normalise(step));
        }
    });

    it('maps the four recommended licences to the default allow-list', () => {
        const recommended = bulletsUnder(markdown, /^###\s+Compatible licence/).map(normalise);
        const spdx: Record<string, string> = {'apache licence 2 0': 'Apache-2.0', mit: 'MIT', 'bsd 2 clause': 'BSD-2-Clause', 'bsd 3 clause': 'BSD-3-Clause'};
        expect(recommended.map((name) => spdx[name])).toEqual(DEFAULT_LICENCES);
    });

    it('keeps the environments the seed names for master and release testing', () => {
        expect(markdown).toContain(STAGES[0]?.environment.defaultUrl);
        expect(markdown).toContain(STAGES[1]?.environment.defaultUrl);
    });
});

describe('the process definition as data', () => {
    it('validates against the process schema', () => {
        const result = ProcessDefinition.safeParse({stages: STAGES, items: ITEMS});
        expect(result.success ? [] : result.error.issues).toEqual([]);
    });

    it.each([
        ['a duplicate item key', {stages: STAGES, items: [...ITEMS, ITEMS[0]]}],
        ['a stage item defined in another stage', {stages: STAGES.map((stage, i) => (i === 0 ? {...stage, items: [...stage.items, 'qa-pass']} : stage)), items: ITEMS}],
        ['a slot held by an unknown role', {stages: STAGES, items: ITEMS.map((item, i) => (i === 0 ? {...item, slots: [{key: 'signoff', label: 'x', role: 'ceo'}]} : item))}],
        ['two slots with the same key', {stages: STAGES, items: ITEMS.map((item, i) => (i === 0 ? {...item, slots: [item.slots[0], item.slots[0]]} : item))}],
    ])('rejects %s', (_name, candidate) => {
        expect(ProcessDefinition.safeParse(candidate).success).toBe(false);
    });

    it('names the complete review\'s two slots reviewer and security, both core committers', () => {
        const review = ITEMS.find((item) => item.key === 'complete-review');
        expect(review?.slots.map((slot) => [slot.key, slot.role])).toEqual([['reviewer', 'core-committer'], ['security', 'core-committer']]);
    });

    it('keeps policy rosters in step with the role keys', () => {
        expect(Object.keys(PolicySet.shape.roles.shape).sort()).toEqual([...ROLE_KEYS].sort());
    });
});
