// Events for component tests, written as the people in the process would write them.
import type {EventDraft} from '../../../domain/events';

export const CAST = {
    admin: {systemAdmin: true},
    alice: {}, // plugin author
    carol: {}, // core committer
    dave: {}, // core committer
    quinn: {}, // QA
    pat: {}, // PM
    ian: {}, // integrations
    mallory: {},
} as const;

export function policy(users: Record<string, string>): EventDraft {
    const id = (name: string) => users[name] ?? '';
    return {
        type: 'policy.set',
        roles: {
            'core-committer': [id('carol'), id('dave')],
            qa: [id('quinn')],
            pm: [id('pat')],
            integrations: [id('ian')],
        },
        licences: ['Apache-2.0', 'MIT'],
        environments: {
            'ci-extensions': 'https://ci-extensions.example.com/',
            'ci-extensions-release': 'https://ci-extensions-release.example.com/',
            community: 'https://community.example.com/',
        },
    };
}

export function register(plugin: string, name: string, owners: string[], repoUrl = `https://github.com/example/${plugin}`): EventDraft {
    return {type: 'plugin.registered', plugin, name, repoUrl, owners, thirdPartyService: false, mattermostOwned: false};
}

/** Everything the first stage needs, done by the people whose move it is, then deployed. */
export async function finishStageOne(post: (username: string, draft: EventDraft) => Promise<unknown>, plugin: string, owner: string): Promise<void> {
    const steps: Array<[string, EventDraft]> = [
        [owner, {type: 'substep.checked', plugin, item: 'basic-review', substep: 'introduction'}],
        [owner, {type: 'substep.checked', plugin, item: 'basic-review', substep: 'review-pr'}],
        [owner, {type: 'evidence.set', plugin, item: 'basic-review', field: 'introduction-post', value: 'https://community.example.com/pl/intro'}],
        [owner, {type: 'substep.checked', plugin, item: 'ci-master', substep: 'master-build-url'}],
        [owner, {type: 'substep.checked', plugin, item: 'ci-master', substep: 'ci-request'}],
        [owner, {type: 'evidence.set', plugin, item: 'ci-master', field: 'master-build-url', value: 'https://builds.example.com/master'}],
        [owner, {type: 'evidence.set', plugin, item: 'ci-master', field: 'ci-request', value: 'https://community.example.com/pl/ci'}],
        [owner, {type: 'evidence.set', plugin, item: 'licence', field: 'spdx', value: 'MIT'}],
        ['carol', {type: 'signoff.given', plugin, item: 'basic-review', slot: 'signoff'}],
        ['ian', {type: 'signoff.given', plugin, item: 'ci-master', slot: 'signoff'}],
        ['ian', {type: 'signoff.given', plugin, item: 'licence', slot: 'signoff'}],
        ['ian', {type: 'stage.deployed', plugin, stage: 'ci-extensions'}],
    ];
    for (const [who, draft] of steps) {
        await post(who, draft);
    }
}

/** Everything the second stage needs on release v1.0.0 (after finishStageOne), then deployed to ci-extensions-release. */
export async function finishStageTwo(post: (username: string, draft: EventDraft) => Promise<unknown>, plugin: string, owner: string): Promise<void> {
    const steps: Array<[string, EventDraft]> = [
        ['carol', {type: 'signoff.given', plugin, item: 'complete-review', slot: 'reviewer'}],
        ['dave', {type: 'signoff.given', plugin, item: 'complete-review', slot: 'security'}],
        ['quinn', {type: 'substep.checked', plugin, item: 'qa-pass', substep: 'setup-docs'}],
        ['quinn', {type: 'substep.checked', plugin, item: 'qa-pass', substep: 'functional-testing'}],
        ['quinn', {type: 'evidence.set', plugin, item: 'qa-pass', field: 'qa-notes', value: 'All flows work.'}],
        ['quinn', {type: 'signoff.given', plugin, item: 'qa-pass', slot: 'signoff'}],
        [owner, {type: 'substep.checked', plugin, item: 'pm-ux-review', substep: 'summary'}],
        [owner, {type: 'substep.checked', plugin, item: 'pm-ux-review', substep: 'use-cases'}],
        [owner, {type: 'substep.checked', plugin, item: 'pm-ux-review', substep: 'documentation'}],
        ['pat', {type: 'substep.checked', plugin, item: 'pm-ux-review', substep: 'run-through'}],
        ['pat', {type: 'substep.checked', plugin, item: 'pm-ux-review', substep: 'communication'}],
        [owner, {type: 'evidence.set', plugin, item: 'pm-ux-review', field: 'summary', value: 'Connects the service.'}],
        [owner, {type: 'evidence.set', plugin, item: 'pm-ux-review', field: 'use-cases', value: '- notifications'}],
        [owner, {type: 'evidence.set', plugin, item: 'pm-ux-review', field: 'docs', value: 'https://docs.example.com/'}],
        ['pat', {type: 'evidence.set', plugin, item: 'pm-ux-review', field: 'walkthrough-notes', value: 'Ran through both use cases.'}],
        ['pat', {type: 'evidence.set', plugin, item: 'pm-ux-review', field: 'comms-decision', value: 'No announcement needed.'}],
        ['pat', {type: 'signoff.given', plugin, item: 'pm-ux-review', slot: 'signoff'}],
        [owner, {type: 'release.set', plugin, version: 'v1.0.0', url: `https://github.com/example/${plugin}/releases/v1.0.0`}],
        [owner, {type: 'substep.checked', plugin, item: 'release', substep: 'ci-request'}],
        ['ian', {type: 'signoff.given', plugin, item: 'release', slot: 'signoff'}],
        ['ian', {type: 'stage.deployed', plugin, stage: 'ci-extensions-release'}],
    ];
    for (const [who, draft] of steps) {
        await post(who, draft);
    }
}
