// Demo data for `make run`: plugins at every stage of the process, written the way users write them
// — each step by the person whose move it is, through the plugin's own TrackerSession and Mattermost
// adapter, against the running local server. Every step goes through the fold's rules, so the demo
// also fails loudly if the process and the demo drift apart.
import type {Client4} from '@mattermost/client';

import type {EventDraft, ItemKey, StageKey} from '../../webapp/src/domain';
import {createTrackerSession, type TrackerSession} from '../../webapp/src/state/tracker_session';
import {createMattermostStorage} from '../../webapp/src/storage/mattermost/adapter';
import {loginSeeded, seedTeam, seedUsers, type SeedUsername} from '../server/index';

type Person = SeedUsername;

interface Actor {
    id: string;
    client: Client4;
    session: TrackerSession;
}

export interface DemoWorld {
    teamId: string;
    people: Record<Person, Actor>;
}

async function actorFor(url: string, username: Person): Promise<Actor> {
    const {client, me} = await loginSeeded(url, username);
    const storage = createMattermostStorage({siteUrl: url, currentUserId: () => me.id, client});
    // No Redux here: the session's views are only needed by a UI.
    const session = createTrackerSession({store: {dispatch: () => undefined}, storage, currentUserId: () => me.id});
    return {id: me.id, client, session};
}

async function as(world: DemoWorld, who: Person, draft: EventDraft): Promise<void> {
    // These sessions have no websocket; submit catches up with the others' steps before it decides.
    const result = await world.people[who].session.submit(world.teamId, draft);
    if (!result.ok) {
        throw new Error(`demo step by ${who} (${draft.type}) was refused: ${result.error.message}`);
    }
}

const PEOPLE: readonly Person[] = seedUsers.map((u) => u.username);

/** Returns false when the tracker already exists (the demo was written before): nothing is done. */
export async function seedDemo(url: string): Promise<boolean> {
    const entries = await Promise.all(PEOPLE.map(async (p) => [p, await actorFor(url, p)] as const));
    const people = Object.fromEntries(entries) as Record<Person, Actor>;
    const team = await people.admin.client.getTeamByName(seedTeam.name);
    const world: DemoWorld = {teamId: team.id, people};

    const setup = await people.admin.session.setup(team.id);
    if (!setup.ok) {
        throw new Error(`demo: could not create the tracker channel: ${setup.error.message}`);
    }
    if (!setup.created) {
        return false;
    }
    const id = (p: Person) => people[p].id;
    await as(world, 'admin', {
        type: 'policy.set',
        roles: {'core-committer': [id('frank-core'), id('grace-core')], qa: [id('carol-qa')], pm: [id('dave-pm')], integrations: [id('erin-integrations')]},
        licences: ['Apache-2.0', 'MIT', 'BSD-2-Clause', 'BSD-3-Clause'],
        environments: {
            'ci-extensions': 'https://ci-extensions.azure.k8s.mattermost.com/',
            'ci-extensions-release': 'https://ci-extensions-release.azure.k8s.mattermost.com/',
            community: 'https://community.mattermost.com/',
        },
    });

    const plugins: Array<{plugin: string; name: string; owner: Person; flags?: {thirdPartyService?: boolean; mattermostOwned?: boolean}; upTo: Progress}> = [
        {plugin: 'welcomebot', name: 'Welcome Bot', owner: 'alice', flags: {mattermostOwned: true}, upTo: 'community'},
        {plugin: 'todo', name: 'Todo', owner: 'bob', flags: {mattermostOwned: true}, upTo: 'ci-extensions-release'},
        {plugin: 'zoom', name: 'Zoom', owner: 'alice', flags: {thirdPartyService: true}, upTo: 'release-started'},
        {plugin: 'jira', name: 'Jira', owner: 'bob', flags: {thirdPartyService: true}, upTo: 'ci-extensions-ready'},
        {plugin: 'github', name: 'GitHub', owner: 'alice', flags: {thirdPartyService: true}, upTo: 'started'},
    ];
    for (const p of plugins) {
        await as(world, p.owner, {
            type: 'plugin.registered', plugin: p.plugin, name: p.name,
            repoUrl: `https://github.com/mattermost/mattermost-plugin-${p.plugin}`,
            owners: [id(p.owner)], thirdPartyService: p.flags?.thirdPartyService ?? false, mattermostOwned: p.flags?.mattermostOwned ?? false,
        });
        await progress(world, p.plugin, p.owner, p.upTo, p.flags?.thirdPartyService ?? false, p.flags?.mattermostOwned ?? false);
    }
    return true;
}

type Progress = 'started' | 'ci-extensions-ready' | 'release-started' | 'ci-extensions-release' | 'community';

async function progress(world: DemoWorld, plugin: string, owner: Person, upTo: Progress, thirdParty: boolean, mattermostOwned: boolean): Promise<void> {
    const evidence = (who: Person, item: ItemKey, field: string, value: string) => as(world, who, {type: 'evidence.set', plugin, item, field, value});
    const check = (who: Person, item: ItemKey, substep: string) => as(world, who, {type: 'substep.checked', plugin, item, substep});
    const signoff = (who: Person, item: ItemKey, slot: 'signoff' | 'reviewer' | 'security' = 'signoff', note = '') => as(world, who, {type: 'signoff.given', plugin, item, slot, ...(note ? {note} : {})});
    const deploy = (stage: StageKey) => as(world, 'erin-integrations', {type: 'stage.deployed', plugin, stage});
    const repo = `https://github.com/mattermost/mattermost-plugin-${plugin}`;

    await evidence(owner, 'basic-review', 'introduction-post', `https://community.mattermost.com/core/pl/${plugin}intro`);
    await check(owner, 'basic-review', 'introduction');
    if (upTo === 'started') {
        return;
    }
    await evidence(owner, 'basic-review', 'review-pr', `${repo}/pull/1`);
    await check(owner, 'basic-review', 'review-pr');
    await signoff('frank-core', 'basic-review', 'signoff', 'Does what it says; a few notes on the PR.');
    await evidence(owner, 'ci-master', 'master-build-url', `${repo}/releases/download/master/${plugin}.tar.gz`);
    await evidence(owner, 'ci-master', 'ci-request', `https://community.mattermost.com/core/pl/${plugin}ci`);
    await check(owner, 'ci-master', 'master-build-url');
    await check(owner, 'ci-master', 'ci-request');
    await signoff('erin-integrations', 'ci-master');
    await evidence(owner, 'licence', 'spdx', 'Apache-2.0');
    await signoff('erin-integrations', 'licence');
    if (upTo === 'ci-extensions-ready') {
        return;
    }
    await deploy('ci-extensions');
    await signoff('frank-core', 'complete-review', 'reviewer', 'Thorough pass over the server and webapp.');
    await as(world, owner, {type: 'release.set', plugin, version: 'v1.0.0', url: `${repo}/releases/tag/v1.0.0`});
    await check('carol-qa', 'qa-pass', 'setup-docs');
    if (upTo === 'release-started') {
        return;
    }
    await signoff('grace-core', 'complete-review', 'security', 'No secrets in logs; webhook signatures verified.');
    if (thirdParty) {
        await check(owner, 'qa-pass', 'test-account');
    }
    await check('carol-qa', 'qa-pass', 'functional-testing');
    if (mattermostOwned) {
        await check('carol-qa', 'qa-pass', 'release-testing');
    }
    await evidence('carol-qa', 'qa-pass', 'qa-notes', 'Setup guide followed on a clean server; all slash commands and the RHS tested.');
    await signoff('carol-qa', 'qa-pass');
    await evidence(owner, 'pm-ux-review', 'summary', `${plugin} brings its service's notifications and actions into Mattermost channels.`);
    await evidence(owner, 'pm-ux-review', 'use-cases', '- Get notified in a channel\n- Act without leaving Mattermost');
    await evidence(owner, 'pm-ux-review', 'docs', `${repo}#readme`);
    for (const substep of ['summary', 'use-cases', 'documentation']) {
        await check(owner, 'pm-ux-review', substep);
    }
    await check('dave-pm', 'pm-ux-review', 'run-through');
    await check('dave-pm', 'pm-ux-review', 'communication');
    await evidence('dave-pm', 'pm-ux-review', 'walkthrough-notes', 'Ran through both use cases: both complete and clear.');
    await evidence('dave-pm', 'pm-ux-review', 'comms-decision', 'No announcement needed: a post in ~town-square on rollout.');
    await signoff('dave-pm', 'pm-ux-review');
    await check(owner, 'release', 'ci-request');
    await signoff('erin-integrations', 'release');
    await deploy('ci-extensions-release');
    if (upTo === 'ci-extensions-release') {
        return;
    }
    await evidence('carol-qa', 'release-qa', 'qa-notes', 'v1.0.0 on ci-extensions-release: smoke and upgrade tests pass.');
    await signoff('carol-qa', 'release-qa');
    await deploy('community');
}
