// The community process (shared/seed/community_process.md) as data. Labels keep the seed's wording;
// where the seed is silent about who does something, a comment says so and what we chose.
import type {ItemDef, ItemKey, RoleKey, StageDef, StageKey} from './process_types';

export const STAGES: readonly StageDef[] = [
    {
        key: 'ci-extensions',
        label: 'Deploy to ci-extensions',
        environment: {name: 'ci-extensions', defaultUrl: 'https://ci-extensions.azure.k8s.mattermost.com/', builds: 'master'},
        items: ['basic-review', 'ci-master', 'licence'],
        // Seed: silent on who deploys. The Integrations team sets up CI and runs the test servers.
        deployedBy: 'integrations',
    },
    {
        key: 'ci-extensions-release',
        label: 'Deploy to ci-extensions-release',
        environment: {name: 'ci-extensions-release', defaultUrl: 'https://ci-extensions-release.azure.k8s.mattermost.com/', builds: 'releases'},
        items: ['complete-review', 'qa-pass', 'pm-ux-review', 'release'],
        deployedBy: 'integrations',
    },
    {
        key: 'community',
        label: 'Deploy to community.mattermost.com',
        environment: {name: 'community.mattermost.com', defaultUrl: 'https://community.mattermost.com/', builds: 'release to deploy'},
        items: ['release-qa'],
        deployedBy: 'integrations',
    },
];

export const ITEMS: readonly ItemDef[] = [
    {
        key: 'basic-review',
        stage: 'ci-extensions',
        label: 'Basic Code Review passed',
        definition: 'Basic code review',
        summary: 'A quick review by a core committer to verify that the plugin does what it says it does, with guidance and feedback.',
        slots: [{key: 'signoff', label: 'Basic reviewer', role: 'core-committer'}],
        substeps: [
            {key: 'introduction', label: 'Post an introduction in the Integrations and Apps channel on the Community server.', checkedBy: 'author'},
            {key: 'make-pr', formerKeys: ['review-pr'], label: 'Make a PR that contains all the code of the plugin that isn\'t the boilerplate from mattermost-plugin-starter-template.', checkedBy: 'author'},
        ],
        evidence: [
            {key: 'introduction-post', label: 'Introduction post', kind: 'url', required: true, providedBy: 'author'},
            // Seed: "a PR can be made" — recommended, so not required.
            {key: 'review-pr', label: 'Review PR (non-boilerplate code)', kind: 'url', required: false, providedBy: 'author'},
        ],
        pinnedToRelease: false,
        ownersMaySignOff: false,
        needsRelease: false,
    },
    {
        key: 'ci-master',
        stage: 'ci-extensions',
        label: 'CI system setup to build master',
        definition: 'CI system setup',
        summary: 'Continuous testing of the master branch on ci-extensions, pulled nightly from a URL that hosts the latest master build.',
        // Seed: the request is made in the Integrations and Apps channel; it does not say who
        // confirms the setup. The Integrations team runs CI, so they sign off.
        slots: [{key: 'signoff', label: 'Integrations team', role: 'integrations'}],
        substeps: [
            {key: 'provide-build-url', formerKeys: ['master-build-url'], label: 'Provide a URL that hosts the latest master build, which we can pull on a nightly basis.', checkedBy: 'author'},
            {key: 'request-ci', formerKeys: ['ci-request'], label: 'Make a request in the Integrations and Apps channel.', checkedBy: 'author'},
        ],
        evidence: [
            {key: 'master-build-url', label: 'Latest master build URL', kind: 'url', required: true, providedBy: 'author'},
            {key: 'ci-request', label: 'CI request post', kind: 'url', required: true, providedBy: 'author'},
        ],
        pinnedToRelease: false,
        ownersMaySignOff: false,
        needsRelease: false,
    },
    {
        key: 'licence',
        stage: 'ci-extensions',
        label: 'Has a compatible licence',
        definition: 'Compatible licence',
        summary: 'The plugin\'s licence is on the allow-list (recommended: Apache Licence 2.0, MIT, BSD 2-clause, BSD 3-clause).',
        // Seed: silent on who checks the licence; the Integrations team guides the process.
        slots: [{key: 'signoff', label: 'Integrations team', role: 'integrations'}],
        substeps: [],
        evidence: [
            {key: 'spdx', label: 'Licence (SPDX id)', kind: 'spdx', required: true, providedBy: 'author'},
        ],
        pinnedToRelease: false,
        ownersMaySignOff: false,
        needsRelease: false,
    },
    {
        key: 'complete-review',
        stage: 'ci-extensions-release',
        label: 'Complete code review by two core committers. One focused on security.',
        definition: 'Complete code review',
        summary: 'A more thorough review by two core committers; the basic reviewer should be one of them if available, and one focuses on security.',
        slots: [
            {key: 'reviewer', label: 'Reviewer', role: 'core-committer'},
            {key: 'security', label: 'Security reviewer', role: 'core-committer'},
        ],
        substeps: [],
        evidence: [
            {key: 'review-pr', label: 'Review PR', kind: 'url', required: false, providedBy: 'author'},
        ],
        // Seed: silent on re-review per release; the review is of the code base, so it is not pinned.
        pinnedToRelease: false,
        ownersMaySignOff: false,
        needsRelease: false,
    },
    {
        key: 'qa-pass',
        stage: 'ci-extensions-release',
        label: 'QA pass',
        definition: 'QA pass',
        summary: 'A member of the QA team verifies the functionality advertised by the plugin.',
        slots: [{key: 'signoff', label: 'QA', role: 'qa'}],
        substeps: [
            {key: 'setup-docs', label: 'Ensure all setup documentation needed is clear and can be successfully followed.', checkedBy: 'qa'},
            {key: 'test-account', label: 'Dedicated instance or test account to access and test the third-party service, if applicable.', checkedBy: 'author', condition: 'third-party-service'},
            {key: 'functional-testing', label: 'Functional testing has been done to ensure the integration works as expected.', checkedBy: 'qa'},
            {key: 'release-testing', label: 'For plugins owned by Mattermost, release testing is added to cover the main functionality of the plugin.', checkedBy: 'qa', condition: 'mattermost-owned'},
        ],
        evidence: [
            {key: 'qa-notes', label: 'QA notes', kind: 'text', required: true, providedBy: 'qa'},
        ],
        // Seed: this QA pass verifies "the functionality advertised by your plugin"; only the
        // community stage's QA is "of the release to deploy". A new release does not reopen it
        // (it did under event version 2: rule_versions.ts).
        pinnedToRelease: false,
        ownersMaySignOff: false,
        needsRelease: false,
    },
    {
        key: 'pm-ux-review',
        stage: 'ci-extensions-release',
        label: 'PM/UX review',
        definition: 'PM/UX review',
        summary: 'PM support in ironing out any user experience or UI issues with the plugin.',
        // Seed: "getting PM support" — the PM signs off.
        slots: [{key: 'signoff', label: 'PM/UX', role: 'pm'}],
        substeps: [
            {key: 'write-summary', formerKeys: ['summary'], label: 'Create a one paragraph summary of the integration.', checkedBy: 'author'},
            {key: 'list-use-cases', formerKeys: ['use-cases'], label: 'Document the main use cases in bullet form.', checkedBy: 'author'},
            {key: 'run-through', label: 'Review the primary use cases and run through them to ensure they are complete, clear, and functional.', checkedBy: 'pm'},
            {key: 'documentation', label: 'Ensure there is documentation to support the plugin. This may include having sufficient helper text in the plugin.', checkedBy: 'author'},
            {key: 'communication', label: 'Consider if communication to other teams or users is required as part of the rollout to our Community server.', checkedBy: 'pm'},
        ],
        evidence: [
            {key: 'summary', label: 'One paragraph summary', kind: 'text', required: true, providedBy: 'author', records: 'write-summary'},
            {key: 'use-cases', label: 'Main use cases (bullets)', kind: 'text', required: true, providedBy: 'author', records: 'list-use-cases'},
            {key: 'docs', label: 'Documentation link', kind: 'url', required: true, providedBy: 'author', records: 'documentation'},
            // What the PM's two sub-steps found: the seed's "run through them" and "consider if
            // communication … is required" are decisions worth keeping, not just ticks (event version 4).
            {key: 'walkthrough-notes', label: 'Walk-through notes (primary use cases)', kind: 'text', required: true, providedBy: 'pm', records: 'run-through'},
            {key: 'comms-decision', label: 'Communication decision for the rollout', kind: 'text', required: true, providedBy: 'pm', records: 'communication'},
        ],
        pinnedToRelease: false,
        ownersMaySignOff: false,
        needsRelease: false,
    },
    {
        key: 'release',
        stage: 'ci-extensions-release',
        label: 'Release created and CI system setup to build releases',
        definition: 'CI system setup',
        summary: 'A release exists (version and URL) and CI builds releases for ci-extensions-release.',
        slots: [{key: 'signoff', label: 'Integrations team', role: 'integrations'}],
        substeps: [
            {key: 'request-release-ci', formerKeys: ['ci-request'], label: 'Make a request in the Integrations and Apps channel for CI to build releases.', checkedBy: 'author'},
        ],
        evidence: [
            {key: 'ci-request', label: 'Release CI request post', kind: 'url', required: false, providedBy: 'author'},
        ],
        // CI is set up once to build releases; a new release is created by setting it, so nothing
        // here is undone by one (it was reopened under event version 2: rule_versions.ts).
        pinnedToRelease: false,
        // Seed: silent; the owner creates the release, the Integrations team confirms CI builds it.
        ownersMaySignOff: true,
        needsRelease: true,
    },
    {
        key: 'release-qa',
        stage: 'community',
        label: 'QA pass on ci-extensions-release of the release to deploy.',
        definition: 'QA pass',
        summary: 'QA verifies, on ci-extensions-release, the exact release that will be deployed to the Community server.',
        // Seed: "on ci-extensions-release of the release to deploy": that release must run there first.
        testedOn: 'ci-extensions-release',
        slots: [{key: 'signoff', label: 'QA', role: 'qa'}],
        substeps: [],
        evidence: [
            {key: 'qa-notes', label: 'QA notes', kind: 'text', required: true, providedBy: 'qa'},
        ],
        pinnedToRelease: true,
        ownersMaySignOff: false,
        needsRelease: true,
    },
];

/** The seed's recommended licences: the default allow-list until an admin sets policy. */
export const DEFAULT_LICENCES: readonly string[] = ['Apache-2.0', 'MIT', 'BSD-2-Clause', 'BSD-3-Clause'];

export const ROLE_LABELS: Readonly<Record<RoleKey, string>> = {
    'core-committer': 'Core committers',
    qa: 'QA team',
    pm: 'PM/UX',
    integrations: 'Integrations team',
};

const itemsByKey = new Map<ItemKey, ItemDef>(ITEMS.map((item) => [item.key, item]));
const stagesByKey = new Map<StageKey, StageDef>(STAGES.map((stage) => [stage.key, stage]));

export function itemDef(key: ItemKey): ItemDef {
    const def = itemsByKey.get(key);
    if (!def) {
        // Unreachable for a well-typed key; the process test proves every key has a definition.
        throw new Error(`no item ${key}`);
    }
    return def;
}

/**
 * Where a sub-step key (or a key it had before: events keep the key they were written with) is
 * in the item's sub-steps; -1 when it is none of them.
 */
export function substepIndex(def: ItemDef, key: string): number {
    return def.substeps.findIndex((substep) => substep.key === key || (substep.formerKeys?.includes(key) ?? false));
}

export function stageDef(key: StageKey): StageDef {
    const def = stagesByKey.get(key);
    if (!def) {
        throw new Error(`no stage ${key}`);
    }
    return def;
}

export function isStageKey(value: string): value is StageKey {
    return stagesByKey.has(value as StageKey);
}
