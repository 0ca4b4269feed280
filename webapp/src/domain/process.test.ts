// The process definition covers the seed, line for line, and is well-formed as data. The seed's
// facts are kept in testing/seed_process.ts so a fresh clone checks them too; the seed file itself
// sits beside the checkout, and where it is present that copy is checked against it.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';

import {DEFAULT_LICENCES, ITEMS, itemDef, STAGES, substepIndex} from './process';
import {ProcessDefinition} from './process_schema';
import {ROLE_KEYS} from './process_types';
import {PolicySet} from './events';
import {SEED_CHECKLIST, SEED_ENVIRONMENTS, SEED_LICENCES, SEED_SIGNERS, SEED_STEPS_INVOLVED} from './testing/seed_process';

const SEED = path.resolve(__dirname, '../../../../shared/seed/community_process.md');
const seedPresent = existsSync(SEED);
if (!seedPresent) {
    // One line, not console.warn: jest would print that with a stack trace.
    process.stderr.write(`process.test.ts: ${SEED} is absent, so the check of testing/seed_process.ts against the seed was skipped.\n`);
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

/** The headings one level below `parent`, up to the next heading of the parent's level or higher. */
function headingsUnder(markdown: string, parent: RegExp): string[] {
    const lines = markdown.split('\n');
    const start = lines.findIndex((line) => parent.test(line));
    if (start < 0) {
        throw new Error(`heading ${parent} not found in the seed`);
    }
    const level = (lines[start]?.match(/^#+/)?.[0].length) ?? 0;
    const headings: string[] = [];
    for (const line of lines.slice(start + 1)) {
        const depth = line.match(/^(#+)\s/)?.[1]?.length ?? 0;
        if (depth > 0 && depth <= level) {
            break;
        }
        if (depth === level + 1) {
            headings.push(line.replace(/^#+\s+/, '').trim());
        }
    }
    return headings;
}

function stepsInvolved(markdown: string, heading: RegExp): string[] {
    const section = markdown.split('\n');
    const start = section.findIndex((line) => heading.test(line));
    const rest = section.slice(start + 1);
    const end = rest.findIndex((line) => /^#{1,3}\s/.test(line));
    const body = rest.slice(0, end < 0 ? undefined : end);
    const steps = body.findIndex((line) => /^Steps involved/.test(line));
    if (steps < 0) {
        return [];
    }
    return body.slice(steps + 1).filter((line) => line.startsWith('- ')).map((line) => line.slice(2));
}

function headingPattern(heading: string): RegExp {
    return new RegExp(`^###\\s+${heading.replace(/[.]/g, '\\.').replace('/', '\\/')}\\s*$`);
}

const labels = new Set([
    ...ITEMS.map((item) => normalise(item.label)),
    ...ITEMS.flatMap((item) => item.substeps.map((substep) => normalise(substep.label))),
]);

describe('the process definition covers the seed', () => {
    it.each(SEED_CHECKLIST.map((stage) => [stage.heading, stage.bullets] as const))('has every checklist line under "%s" as an item of that stage, in order', (heading, bullets) => {
        expect(bullets.length).toBeGreaterThan(0);
        const stage = STAGES.find((candidate) => candidate.label === heading);
        expect(stage).toBeDefined();
        const stageLabels = ITEMS.filter((item) => item.stage === stage?.key).map((item) => normalise(item.label));
        for (const bullet of bullets) {
            expect(stageLabels).toContain(normalise(bullet));
        }
        expect(stageLabels).toHaveLength(bullets.length);
        expect(stageLabels).toEqual(bullets.map(normalise));
        expect(stage?.items.map((key) => normalise(ITEMS.find((item) => item.key === key)?.label ?? key))).toEqual(bullets.map(normalise));
    });

    it('has a stage for every checklist heading, and no other, in the seed\'s order', () => {
        expect(STAGES.map((stage) => stage.label)).toEqual(SEED_CHECKLIST.map((stage) => stage.heading));
    });

    it.each(SEED_STEPS_INVOLVED.map((section) => [section.heading, section.steps] as const))('has every "Steps involved" bullet of %s as a sub-step', (heading, steps) => {
        expect(steps.length).toBeGreaterThanOrEqual(4);
        // A sub-step of this very item, not of any item.
        const own = ITEMS.find((item) => item.label === heading)?.substeps.map((substep) => normalise(substep.label)) ?? [];
        for (const step of steps) {
            expect(labels).toContain(normalise(step));
            expect(own).toContain(normalise(step));
        }
    });

    it('gives every PM/UX sub-step the seed names a field for what it found, walk-through notes and the communication decision included', () => {
        const def = itemDef('pm-ux-review');
        const recorded = def.evidence.map((field) => field.records);
        expect(def.substeps.filter((substep) => !recorded.includes(substep.key)).map((substep) => substep.key)).toEqual([]);
        expect(def.evidence.filter((field) => field.records !== undefined).map((field) => [field.key, field.records])).toEqual([
            ['summary', 'write-summary'], ['use-cases', 'list-use-cases'], ['docs', 'documentation'],
            ['walkthrough-notes', 'run-through'], ['comms-decision', 'communication'],
        ]);
    });

    it('has every field that records a sub-step name a sub-step of its own item', () => {
        for (const def of ITEMS) {
            for (const field of def.evidence) {
                if (field.records !== undefined) {
                    expect([def.key, substepIndex(def, field.records)]).not.toEqual([def.key, -1]);
                }
            }
        }
    });

    it('maps the four recommended licences to the default allow-list', () => {
        const spdx: Record<string, string> = {'apache licence 2 0': 'Apache-2.0', mit: 'MIT', 'bsd 2 clause': 'BSD-2-Clause', 'bsd 3 clause': 'BSD-3-Clause'};
        expect(SEED_LICENCES.map(normalise).map((name) => spdx[name])).toEqual(DEFAULT_LICENCES);
    });

    it('keeps the environments the seed names for master and release testing', () => {
        expect([STAGES[0]?.environment.defaultUrl, STAGES[1]?.environment.defaultUrl]).toEqual(SEED_ENVIRONMENTS);
    });

    it.each(SEED_SIGNERS.map((signer) => [signer.item, signer.roles] as const))('has %s signed off by the roles the seed names', (key, roles) => {
        expect(ITEMS.find((item) => item.key === key)?.slots.map((slot) => slot.role)).toEqual(roles);
    });
});

(seedPresent ? describe : describe.skip)('testing/seed_process.ts matches the seed file', () => {
    const markdown = seedPresent ? readFileSync(SEED, 'utf8') : '';

    it('has the checklist\'s stage headings, in order', () => {
        expect(headingsUnder(markdown, /^##\s+Checklist\s*$/)).toEqual(SEED_CHECKLIST.map((stage) => stage.heading));
    });

    it.each(SEED_CHECKLIST.map((stage) => [stage.heading, stage.bullets] as const))('has the bullets under "%s" word for word', (heading, bullets) => {
        expect(bulletsUnder(markdown, headingPattern(heading))).toEqual(bullets);
    });

    it('has every step definition that lists "Steps involved"', () => {
        const withSteps = headingsUnder(markdown, /^##\s+Step definitions\s*$/).filter((heading) => stepsInvolved(markdown, headingPattern(heading)).length > 0);
        expect(withSteps).toEqual(SEED_STEPS_INVOLVED.map((section) => section.heading));
    });

    it.each(SEED_STEPS_INVOLVED.map((section) => [section.heading, section.steps] as const))('has the "Steps involved" of %s word for word', (heading, steps) => {
        expect(stepsInvolved(markdown, headingPattern(heading))).toEqual(steps);
    });

    it('has the recommended licences', () => {
        expect(bulletsUnder(markdown, /^###\s+Compatible licence/)).toEqual(SEED_LICENCES);
    });

    it('names the test environments', () => {
        for (const url of SEED_ENVIRONMENTS) {
            expect(markdown).toContain(url);
        }
    });

    it.each(SEED_SIGNERS.map((signer) => [signer.item, signer.phrase] as const))('says who signs %s in the words kept', (_key, phrase) => {
        expect(markdown).toContain(phrase);
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

describe('keys people type', () => {
    it('never share a key between a sub-step and an evidence field of one item', () => {
        for (const def of ITEMS) {
            const fields = new Set(def.evidence.map((field) => field.key));
            const substepKeys = def.substeps.map((substep) => substep.key);
            expect(substepKeys.filter((key) => fields.has(key))).toEqual([]);
        }
    });

    it('never share a key between a sub-step of any item and an evidence field of any item', () => {
        const fields = new Set(ITEMS.flatMap((def) => def.evidence.map((field) => field.key)));
        const substepKeys = ITEMS.flatMap((def) => def.substeps.map((substep) => substep.key));
        expect(substepKeys.filter((key) => fields.has(key))).toEqual([]);
    });

    it('reads a sub-step by a key it had before, as events written then name it', () => {
        const def = itemDef('ci-master');
        expect(substepIndex(def, 'master-build-url')).toBe(substepIndex(def, 'provide-build-url'));
        expect(substepIndex(def, 'ci-request')).toBe(substepIndex(def, 'request-ci'));
        expect(substepIndex(def, 'qa-notes')).toBe(-1);
    });
});
