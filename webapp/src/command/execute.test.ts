// Every subcommand and every error, run as real users through the parser, the domain rules and the
// tracker session over the in-memory Mattermost.
import {StorageError} from '../storage/port';

import {runSlashCommand} from './run';
import {makeWorld, STANDARD_ROLES, TEAM, throughCiRequest, type World} from './testing/world';

const REPO = 'https://github.com/mattermost/mattermost-plugin-github';
const URL = (path: string) => `https://example.com/github/${path}`;

/** A team whose tracker a system admin has set up (only they may). */
async function withTracker(): Promise<World> {
    const world = makeWorld();
    await world.ok('admin', 'setup');
    return world;
}

async function registered(): Promise<World> {
    const world = await withTracker();
    await world.ok('alice', `add github ${REPO} --name GitHub --owner @alice --third-party`);
    return world;
}

/** Takes github through everything ci-extensions needs. */
async function readyForCiExtensions(world: World): Promise<void> {
    await world.setPolicy(STANDARD_ROLES);
    await throughCiRequest(world);
    await world.ok('erin-integrations', 'signoff github ci-master');
    await world.ok('alice', 'evidence github licence spdx MIT');
    await world.ok('erin-integrations', 'signoff github licence');
}

describe('run', () => {
    it('passes other commands and messages through', async () => {
        const world = makeWorld();
        for (const message of ['/plugin-onboarding help', '/plugin-onboard2', '/away', 'hello', '']) {
            expect(await runSlashCommand(message, world.context('alice'))).toBeNull();
        }
    });

    it('answers /PLUGIN-ONBOARD help with the overview', async () => {
        const world = makeWorld();
        const outcome = await runSlashCommand('/PLUGIN-ONBOARD help', world.context('alice'));
        expect(outcome?.kind).toBe('reply');
        expect(outcome?.kind === 'reply' && outcome.markdown).toContain('/plugin-onboard add <plugin-id> <repo-url>');
    });

    it('turns a parse error into an error that keeps the text, with the usage', async () => {
        const world = makeWorld();
        expect(await world.run('alice', 'deploy github')).toEqual({kind: 'error', message: expect.stringContaining('Usage: `/plugin-onboard deploy <plugin> <stage>')});
    });
});

describe('help', () => {
    it('shows one command in detail', async () => {
        const world = makeWorld();
        const text = await world.ok('alice', 'help waive');
        expect(text).toContain('`/plugin-onboard waive <plugin> <item>[.<sub-step>] --reason "…"`');
        expect(text).toContain('Examples:');
    });
});

describe('setup', () => {
    it('a system admin creates the tracker; a plain member finds it and is told a team admin can add autocomplete', async () => {
        const world = makeWorld();
        expect(await world.ok('admin', 'setup')).toContain('Created ~plugin-onboarding');
        const register = jest.fn(async () => ({ok: true as const}));
        const outcome = await world.run('alice', 'setup', {registerAutocomplete: register});
        expect(outcome).toEqual({kind: 'reply', markdown: expect.stringContaining('This team already has its tracker, ~plugin-onboarding.')});
        expect(outcome?.kind === 'reply' && outcome.markdown).toContain('A team admin can run `/plugin-onboard setup` as well');
        expect(register).not.toHaveBeenCalled();
    });

    it('a plain member\'s setup creates nothing: only a system admin creates the tracker', async () => {
        const world = makeWorld();
        const message = await world.error('alice', 'setup');
        expect(message).toBe('No tracker channel was found for this team. If one existed it may have been renamed or archived; ask a system admin to run /plugin-onboard setup. The tracker channel was not created.');
        expect(world.server.channelByName(TEAM, 'plugin-onboarding')).toBeNull();
        expect(await world.error('alice', 'setup --new')).toBe('Only a system admin can start a new tracker with `--new`. Nothing was changed.');
        expect(world.server.channelByName(TEAM, 'plugin-onboarding')).toBeNull();
    });

    it('for a team admin, also registers autocomplete; an existing tracker is reused', async () => {
        const world = makeWorld();
        await world.ok('admin', 'setup');
        const register = jest.fn(async () => ({ok: true as const}));
        const text = await world.run('bob', 'setup', {isTeamAdmin: true, registerAutocomplete: register});
        expect(register).toHaveBeenCalledWith(TEAM);
        expect(text).toEqual({kind: 'reply', markdown: expect.stringContaining('This team already has its tracker, ~plugin-onboarding.')});
        expect(text?.kind === 'reply' && text.markdown).toContain('`/plugin-onboard` now appears in this team\'s slash-command autocomplete.');
    });

    it('says when autocomplete registration failed', async () => {
        const world = makeWorld();
        const text = await world.run('admin', 'setup', {registerAutocomplete: async () => ({ok: false, message: 'You may not manage slash commands.'})});
        expect(text?.kind === 'reply' && text.markdown).toContain('Could not add `/plugin-onboard` to autocomplete: You may not manage slash commands.');
    });

    it('a system admin\'s setup finds a renamed tracker and says where it is instead of making a second; --new starts a new one', async () => {
        const world = await withTracker();
        await world.ok('alice', `add github ${REPO}`);
        const tracker = world.server.channelByName(TEAM, 'plugin-onboarding');
        world.server.patchChannel(world.ids.alice, tracker?.id ?? '', {name: 'old-tracker', display_name: 'Old tracker'});
        expect(await world.error('admin', 'setup')).toBe(
            'The tracker is ~old-tracker (Old tracker), renamed; rename it back to plugin-onboarding, or run `/plugin-onboard setup --new` to start a new, empty one. No new tracker channel was created.',
        );
        expect(world.server.channelByName(TEAM, 'plugin-onboarding')).toBeNull();
        expect(await world.ok('admin', 'setup --new')).toContain('Created ~plugin-onboarding');
        expect(world.server.channelByName(TEAM, 'plugin-onboarding')?.id).not.toBe(tracker?.id);
        expect(await world.events()).toEqual([]);
    });

    it('an archived tracker is not replaced by setup, and nothing can be recorded in it', async () => {
        const world = await withTracker();
        await world.ok('alice', `add github ${REPO}`);
        const tracker = world.server.channelByName(TEAM, 'plugin-onboarding');
        world.server.archiveChannel(tracker?.id ?? '');
        expect(await world.error('admin', 'setup')).toMatch(/^The tracker channel was archived on \d{4}-\d{2}-\d{2}\. Nothing can be recorded until a system admin unarchives it .* No new tracker channel was created\.$/);
        expect(await world.error('admin', 'setup --new')).toContain('An archived channel keeps its name: to start a new, empty tracker instead, unarchive it, rename it, then run `/plugin-onboard setup --new`.');
        expect(await world.error('alice', `evidence github basic-review introduction-post ${URL('intro')}`)).toContain('Nothing can be recorded until a system admin unarchives it (channel menu › Unarchive channel).');
        expect(await world.ok('alice', 'status github')).toContain('**github** (`github`)');
        expect(world.server.allChannels()).toHaveLength(1);
    });

    it('reports a refused channel creation and records nothing', async () => {
        const world = makeWorld();
        world.server.forbidChannelCreation(world.ids.admin);
        const message = await world.error('admin', 'setup');
        expect(message).toMatch(/The tracker channel was not created\.$/);
        expect(world.server.channelByName(TEAM, 'plugin-onboarding')).toBeNull();
    });
});

describe('no tracker in this team', () => {
    it.each(['status github', 'list', 'report', 'history github', 'signoff github qa-pass', 'open github'])('%s tells a system admin how to create one', async (command) => {
        const world = makeWorld();
        expect(await world.error('admin', command)).toBe('This team has no plugin tracker yet. Run `/plugin-onboard setup` to create ~plugin-onboarding.');
    });

    it.each(['status github', 'list', 'report', 'signoff github qa-pass', `add github ${REPO}`])('%s tells anyone else it may have been renamed or archived, and whom to ask', async (command) => {
        const world = makeWorld();
        expect(await world.error('alice', command)).toBe('No tracker channel was found for this team. If one existed it may have been renamed or archived; ask a system admin to run /plugin-onboard setup.');
        expect(world.server.channelByName(TEAM, 'plugin-onboarding')).toBeNull();
    });

    it('a system admin\'s add creates the tracker with the first registration', async () => {
        const world = makeWorld();
        const text = await world.ok('admin', `add github ${REPO}`);
        expect(text).toContain('The tracker channel ~plugin-onboarding was created for it.');
        expect((await world.events()).map((event) => event.type)).toEqual(['plugin.registered']);
    });
});

describe('add', () => {
    it('records the registration with resolved owners and flags', async () => {
        const world = await withTracker();
        const text = await world.ok('alice', `add github ${REPO} --name "Git Hub" --owner @bob --owner @Carol-QA --third-party --mattermost-owned`);
        expect(text).toMatch(/^You registered plugin \*\*Git Hub\*\* \(`github`\)/);
        expect(text).toContain('Owners: @bob, @carol-qa.');
        expect(await world.events()).toEqual([expect.objectContaining({
            type: 'plugin.registered', plugin: 'github', name: 'Git Hub', repoUrl: REPO,
            owners: [world.ids.bob, world.ids['carol-qa']], thirdPartyService: true, mattermostOwned: true,
        })]);
    });

    it('names the plugin after its id and leaves owners empty (the registrant owns it) by default', async () => {
        const world = await withTracker();
        await world.ok('alice', `add github ${REPO}`);
        expect(await world.events()).toEqual([expect.objectContaining({name: 'github', owners: []})]);
    });

    it('explains a failed owner lookup in plain words, not the server\'s text', async () => {
        const world = await withTracker();
        const session = world.session('alice');
        const denied = new StorageError({kind: 'forbidden', operation: 'users', status: 403, serverId: 'api.context.permissions.app_error', message: 'users failed: HTTP 403 api.context.permissions.app_error'});
        const users = {byIds: session.users.byIds, byUsernames: () => Promise.reject(denied)};
        const message = await world.error('alice', `add github ${REPO} --owner @bob`, {session: {...session, users}});
        expect(message).toMatch(/^Could not look up the owners: You may not look up users in this team .*Ask a team admin\\\. Nothing was recorded\.$/);
        expect(message).not.toContain('api.context');
        expect(await world.events()).toEqual([]);
    });

    it('refuses unknown owners by name, recording nothing', async () => {
        const world = await withTracker();
        const message = await world.error('alice', `add github ${REPO} --owner @bob --owner @nobody --owner ghost`);
        expect(message).toBe('No user `@nobody`, `@ghost` on this server. Check the spelling: owners are given by username. Nothing was recorded.');
        expect(await world.events()).toEqual([]);
    });

    it('refuses a plugin id that is already tracked, pointing at its status', async () => {
        const world = await registered();
        const message = await world.error('bob', `add github ${REPO}`);
        expect(message).toMatch(/^Not recorded\. .*already registered/);
        expect(message).toContain('See `/plugin-onboard status github`.');
    });

    it('escapes the name it echoes', async () => {
        const world = await withTracker();
        const text = await world.ok('alice', `add github ${REPO} --name "*bold* [x](javascript:alert(1)) @all"`);
        expect(text).not.toContain('[x](javascript');
        expect(text).not.toContain('*bold*');
        expect(text).not.toMatch(/@all/);
    });
});

describe('unknown plugin', () => {
    it.each(['status githbu', 'history githbu', 'check githbu basic-review.introduction', 'signoff githbu qa-pass', 'open githbu', 'deploy githbu ci'])('%s suggests the nearest, list and add', async (command) => {
        const world = await registered();
        const message = await world.error('alice', command);
        expect(message).toBe('No plugin `githbu` is tracked in this team. Did you mean `github`? See `/plugin-onboard list`, or start tracking it with `/plugin-onboard add <plugin-id> <repo-url>`.');
    });

    it('finds a plugin by a unique name prefix or any letter case', async () => {
        const world = await registered();
        expect(await world.ok('alice', 'status GITHUB')).toContain('**GitHub** (`github`)');
        expect(await world.ok('alice', 'status Git')).toContain('**GitHub** (`github`)');
    });
});

describe('status', () => {
    it('shows stages with progress, what is missing for the next gate, and whose move since when', async () => {
        const world = await registered();
        const text = await world.ok('bob', 'status github');
        expect(text).toContain('**GitHub** (`github`) · [repository](https://github.com/mattermost/mattermost-plugin-github) · owners @alice · no release yet');
        expect(text).toContain('- ⚪ Deploy to ci-extensions: not started, 0/3 items');
        expect(text).toContain('- ⚪ Deploy to ci-extensions-release: not started, 0/4 items');
        expect(text).toContain('- ⚪ Deploy to community.mattermost.com: not started, 0/1 item');
        expect(text).toContain('**Missing for `ci-extensions`:**');
        expect(text).toContain('- Basic Code Review passed: sign-off by a core committer');
        expect(text).toContain('**Whose move:**');
        expect(text).toMatch(/\n- the owners \(@alice\): 8 open, waiting since 23 hours ago \(2026-11-25\)$/);
    });

    it('names role holders in whose move once roles are set, and reports a gate that is met', async () => {
        const world = await registered();
        await readyForCiExtensions(world);
        const text = await world.ok('bob', 'status github');
        expect(text).toContain('- 🟢 Deploy to ci-extensions: ready, 3/3 items');
        expect(text).toContain('**Ready to deploy to `ci-extensions`.**');
        expect(text).toContain('Integrations team (@erin-integrations)');
    });
});

describe('list', () => {
    async function twoPlugins(): Promise<World> {
        const world = await registered();
        await world.ok('bob', 'add gitlab https://gitlab.com/x/gitlab-plugin --name GitLab');
        await readyForCiExtensions(world);
        await world.ok('erin-integrations', 'deploy github ci');
        return world;
    }

    it('lists every tracked plugin with its stage, progress and whose move', async () => {
        const world = await twoPlugins();
        const text = await world.ok('carol-qa', 'list');
        expect(text).toContain('**2 plugins:**');
        expect(text).toContain('- **GitHub** (`github`) — `ci-extensions-release` 0/4 · next:');
        expect(text).toContain('- **GitLab** (`gitlab`) — `ci-extensions` 0/3 · next: owners');
    });

    it('--stage keeps plugins working towards that stage', async () => {
        const world = await twoPlugins();
        const text = await world.ok('carol-qa', 'list --stage release');
        expect(text).toContain('**1 plugin working towards `ci-extensions-release`:**');
        expect(text).toContain('`github`');
        expect(text).not.toContain('`gitlab`');
        expect(await world.ok('carol-qa', 'list --stage community')).toBe('No tracked plugins working towards `community`. Start tracking one with `/plugin-onboard add <plugin-id> <repo-url>`.');
    });

    it('--mine keeps plugins I own or registered', async () => {
        const world = await twoPlugins();
        const mine = await world.ok('bob', 'list --mine');
        expect(mine).toContain('`gitlab`');
        expect(mine).not.toContain('`github`');
        expect(await world.ok('carol-qa', 'list --mine')).toMatch(/^No tracked plugins that you own or registered\./);
    });

    it('--waiting-on-me keeps plugins where it is my move', async () => {
        const world = await twoPlugins();
        const qa = await world.ok('carol-qa', 'list --waiting-on-me');
        expect(qa).toContain('`github`');
        expect(qa).not.toContain('`gitlab`');
        const owner = await world.ok('bob', 'list --waiting-on-me');
        expect(owner).toContain('`gitlab`');
        expect(owner).not.toContain('`github`');
    });
});

describe('check and uncheck', () => {
    it('records a checked and an unchecked sub-step', async () => {
        const world = await registered();
        expect(await world.ok('alice', 'check github basic-review.introduction')).toMatch(/^You checked off a sub-step of \*\*Basic Code Review passed\*\*/);
        expect(await world.ok('alice', 'uncheck github basic-review.introduction')).toMatch(/^You /);
        expect((await world.events()).map((event) => event.type)).toEqual(['plugin.registered', 'substep.checked', 'substep.unchecked']);
    });

    it('checks the only sub-step of an item named alone', async () => {
        const world = await registered();
        await world.ok('alice', 'check github release');
        expect(await world.events()).toContainEqual(expect.objectContaining({type: 'substep.checked', item: 'release', substep: 'request-release-ci'}));
    });

    it('refuses someone who is neither owner nor role holder, naming who may', async () => {
        const world = await registered();
        await world.setPolicy(STANDARD_ROLES);
        const message = await world.error('outsider', 'check github basic-review.introduction');
        expect(message).toMatch(/^Not recorded\. Only the plugin's owners or core committers can check off/);
        expect(message).toContain('Who holds the role: Core committers (@frank-core, @grace-core).');
    });
});

describe('signoff and withdraw', () => {
    it('before any policy: only system admins, and where roles are set', async () => {
        const world = await registered();
        await world.ok('alice', `evidence github basic-review introduction-post ${URL('intro')}`);
        await world.ok('alice', 'check github basic-review.introduction');
        await world.ok('alice', 'check github basic-review.review-pr');
        const message = await world.error('frank-core', 'signoff github basic-review');
        expect(message).toMatch(/^Not recorded\. Only core committers can sign off Basic Code Review passed/);
        expect(message).toContain('a system admin sets the roles in System Console › Plugins › Plugin Onboard.');
        expect(await world.ok('admin', 'signoff github basic-review')).toMatch(/^You signed off \*\*Basic Code Review passed\*\*/);
    });

    it('names the holders of the role that is needed', async () => {
        const world = await registered();
        await world.setPolicy(STANDARD_ROLES);
        const message = await world.error('carol-qa', 'signoff github basic-review');
        expect(message).toContain('Who holds the role: Core committers (@frank-core, @grace-core).');
    });

    it('a gate not met lists what is missing', async () => {
        const world = await registered();
        await world.setPolicy(STANDARD_ROLES);
        const message = await world.error('frank-core', 'signoff github basic-review');
        // A short first line, then a Markdown list (one item per line), not one run-on sentence.
        expect(message).toMatch(/cannot be signed off yet; still missing:\n- evidence 'Introduction post' from the author\n- sub-step /);
    });

    it('the complete review: reviewer slot by default, security slot with --security, note and substitute reason kept', async () => {
        const world = await registered();
        await readyForCiExtensions(world);
        await world.ok('erin-integrations', 'deploy github ci-extensions');
        await world.ok('grace-core', 'signoff github complete-review --substitute "frank is on leave"');
        await world.ok('frank-core', 'signoff github complete-review --security --note "no findings"');
        const signOffs = (await world.events()).filter((event) => event.type === 'signoff.given' && event.item === 'complete-review');
        expect(signOffs).toEqual([
            expect.objectContaining({slot: 'reviewer', substituteReason: 'frank is on leave'}),
            expect.objectContaining({slot: 'security', note: 'no findings'}),
        ]);
        expect(await world.ok('frank-core', 'withdraw github complete-review --security --note "found an issue"')).toMatch(/^You /);
        expect(await world.error('frank-core', 'signoff github complete-review')).toMatch(/already given.*\nTo sign the other slot: `\/plugin-onboard signoff github complete-review --security`\.$/);
        expect(await world.events()).toContainEqual(expect.objectContaining({type: 'signoff.withdrawn', item: 'complete-review', slot: 'security', note: 'found an issue'}));
    });
});

describe('evidence', () => {
    it('records a field of an item', async () => {
        const world = await registered();
        expect(await world.ok('alice', 'evidence github pm-ux-review summary "Links GitHub and Mattermost."')).toMatch(/^You /);
        expect(await world.events()).toContainEqual(expect.objectContaining({type: 'evidence.set', item: 'pm-ux-review', field: 'summary', value: 'Links GitHub and Mattermost.'}));
    });

    it('refuses evidence from someone unrelated to the plugin', async () => {
        const world = await registered();
        await world.setPolicy(STANDARD_ROLES);
        expect(await world.error('outsider', 'evidence github licence spdx MIT')).toMatch(/^Not recorded\. Only the plugin's owners or Integrations team members can record evidence/);
    });
});

describe('waive', () => {
    it('is for system admins only', async () => {
        const world = await registered();
        expect(await world.error('alice', 'waive github qa-pass.test-account --reason "no service"')).toMatch(/^Not recorded\. Only system admins .*\nAsk a system admin\.$/);
        expect(await world.ok('admin', 'waive github qa-pass.test-account --reason "no service"')).toMatch(/^You /);
        expect(await world.events()).toContainEqual(expect.objectContaining({type: 'waived', item: 'qa-pass', substep: 'test-account', reason: 'no service'}));
    });
});

describe('release and deploy', () => {
    it('records a release', async () => {
        const world = await registered();
        expect(await world.ok('alice', `release github v1.0.0 ${URL('releases/v1.0.0')}`)).toMatch(/^You set the release .*v1\\?\.0\\?\.0/);
        expect(await world.events()).toContainEqual(expect.objectContaining({type: 'release.set', version: 'v1.0.0'}));
    });

    it('a deploy before the gate lists exactly what is missing', async () => {
        const world = await registered();
        await world.setPolicy(STANDARD_ROLES);
        const message = await world.error('erin-integrations', 'deploy github ci');
        expect(message).toMatch(/^Not recorded\. `github` cannot be deployed to `ci-extensions` yet\. Missing:\n- /);
        expect(message).toContain('- Basic Code Review passed: sign-off by a core committer');
        expect(message).toContain('- Has a compatible licence: sign-off by the Integrations team');
    });

    it('a deploy by someone without the role names the Integrations team', async () => {
        const world = await registered();
        await readyForCiExtensions(world);
        expect(await world.error('carol-qa', 'deploy github ci')).toContain('Who holds the role: Integrations team (@erin-integrations).');
    });

    it('deploys once the gate is met', async () => {
        const world = await registered();
        await readyForCiExtensions(world);
        expect(await world.ok('erin-integrations', 'deploy github ci --note "nightly from now on"')).toMatch(/^You /);
        expect(await world.ok('alice', 'status github')).toContain('✅ Deploy to ci-extensions: deployed, 3/3 items, deployed by @erin-integrations');
    });
});

describe('history', () => {
    it('lists events accepted and rejected, with why', async () => {
        const world = await registered();
        await world.ok('alice', 'check github basic-review.introduction');
        // A sign-off written past the command (raw, as a malicious client could): the fold rejects it.
        const storage = (await import('../storage/testing/memory/adapter')).createMemoryStorage(world.server, world.ids.outsider);
        const channel = await storage.findTracker(TEAM);
        await storage.ensureMember(channel?.id ?? '');
        await storage.append(channel?.id ?? '', {v: 2, id: 'forgedsignoff0001', seen: {log: null}, type: 'signoff.given', plugin: 'github', item: 'qa-pass', slot: 'signoff'}, {rootId: '', message: 'forged'});
        const text = await world.ok('bob', 'history github');
        expect(text).toMatch(/^History of \*\*GitHub\*\* \(`github`\): 3 events posted to the tracker, 1 of them refused by the rules\. A change refused before it was sent/);
        expect(text).toMatch(/- 2026-11-25 \d\d:\d\d UTC · @alice · registered github · ✓/);
        expect(text).toMatch(/· @outsider · signed off QA pass · ✗ rejected: .+/);
    });

    it('a refusal that lists what a gate still needed is its first line, then a nested list', async () => {
        const world = await registered();
        await world.setPolicy(STANDARD_ROLES);
        const storage = (await import('../storage/testing/memory/adapter')).createMemoryStorage(world.server, world.ids['erin-integrations']);
        const channel = await storage.findTracker(TEAM);
        await storage.ensureMember(channel?.id ?? '');
        const {entries} = await storage.loadAll(channel?.id ?? '');
        const root = entries.find((entry) => entry.event?.type === 'plugin.registered')?.postId ?? '';
        await storage.append(channel?.id ?? '', {v: 4, id: 'earlydeploy000001', seen: {log: null}, type: 'stage.deployed', plugin: 'github', stage: 'ci-extensions'}, {rootId: root, message: 'deployed'});
        // Markdown: the sentences come escaped.
        const text = (await world.ok('bob', 'history github')).replace(/\\/g, '');
        expect(text).toMatch(/· @erin-integrations · .* · ✗ rejected: The plugin github cannot be deployed to ci-extensions yet; still missing:\n {2}- Basic Code Review passed: /);
        expect(text).not.toContain('still missing: Basic');
    });
});

describe('report', () => {
    it('is a table of every tracked plugin with stage, progress, what blocks it and whose move', async () => {
        const world = await registered();
        await readyForCiExtensions(world);
        await world.ok('bob', 'add gitlab https://gitlab.com/x/gitlab-plugin --name GitLab');
        const text = await world.ok('carol-qa', 'report');
        const lines = text.split('\n');
        expect(lines[0]).toBe('| Plugin | Stage | Progress | Blocked by | Whose move |');
        expect(lines[2]).toBe('| GitHub (`github`) | `ci-extensions` | 3/3 | nothing: ready to deploy | Integrations team |');
        expect(lines[3]).toMatch(/^\| GitLab \(`gitlab`\) \| `ci-extensions` \| 0\/3 \| Basic Code Review passed.* \(\+\d+ more\) \| owners(, [^|]+)? \|$/);
    });

    it('says so when nothing is tracked', async () => {
        const world = makeWorld();
        await world.ok('admin', 'setup');
        expect(await world.ok('alice', 'report')).toMatch(/^No plugins are tracked in this team yet\./);
    });
});

describe('open', () => {
    it('opens the panel, on a plugin when named', async () => {
        const world = await registered();
        expect(await world.ok('alice', 'open')).toBe('Opened the Plugin Onboard panel.');
        expect(await world.ok('alice', 'open git')).toBe('Opened **GitHub** (`github`) in the Plugin Onboard panel.');
        expect(world.opened).toEqual([null, 'github']);
    });
});

describe('sending the same change again', () => {
    it('answers from the state and writes nothing', async () => {
        const world = await registered();
        await world.ok('alice', 'check github basic-review.introduction');
        expect(await world.ok('alice', 'check github basic-review.introduction')).toMatch(/^Already recorded: Checked a sub\\-step of Basic Code Review passed.*, by @alice \d+ hours? ago \(2026-11-25\)\. Nothing new was written\.$/);
        await world.ok('admin', `evidence github basic-review introduction-post ${URL('intro')}`);
        await world.ok('alice', 'check github basic-review.review-pr');
        await world.ok('admin', 'signoff github basic-review');
        expect(await world.ok('admin', 'signoff github basic-review')).toMatch(/^Already recorded: .*, by @admin/);
        expect(await world.ok('bob', `evidence github basic-review introduction-post ${URL('intro')}`)).toMatch(/^Already recorded: .*, by @admin/);
        const types = (await world.events()).map((event) => event.type);
        expect(types.filter((type) => type === 'substep.checked')).toHaveLength(2);
        expect(types.filter((type) => type === 'signoff.given')).toHaveLength(1);
        expect(types.filter((type) => type === 'evidence.set')).toHaveLength(1);
    });

    it('a different value is a new change', async () => {
        const world = await registered();
        await world.ok('alice', 'evidence github licence spdx MIT');
        expect(await world.ok('alice', 'evidence github licence spdx Apache-2.0')).toMatch(/^You /);
    });
});

describe('network and server failures', () => {
    it('a session that throws while loading is reported, escaped, never thrown', async () => {
        const world = await registered();
        const real = world.session('alice');
        const session = {...real, users: real.users, setup: real.setup, submit: real.submit, retry: real.retry, open: async () => {
            throw new Error('socket *closed*');
        }};
        expect(await world.error('alice', 'list', {session})).toBe('Could not load the plugin tracker (socket \\*closed\\*). Nothing was changed; try again in a moment.');
    });

    it('a failed load says nothing was changed', async () => {
        const world = await registered();
        world.server.fail('load', {status: 500}, 5);
        expect(await world.error('alice', 'status github')).toMatch(/Nothing was changed/);
    });

    it('a failed append says nothing was recorded and how to retry; sending again records it once', async () => {
        const world = await registered();
        world.server.fail('append', {status: 503}, 10);
        const message = await world.error('alice', 'check github basic-review.introduction');
        expect(message).toMatch(/Nothing was recorded\. Send this command again to retry/);
        expect((await world.events()).filter((event) => event.type === 'substep.checked')).toHaveLength(0);
        while (world.server.takeFault('append') !== null) {
            // drain the remaining injected faults: the server is back
        }
        expect(await world.ok('alice', 'check github basic-review.introduction')).toMatch(/^Sent again \(the earlier attempt had failed\): You checked off /);
        expect((await world.events()).filter((event) => event.type === 'substep.checked')).toHaveLength(1);
    });

    it('when the failed append actually landed, sending again does not record it twice', async () => {
        const world = await registered();
        world.server.fail('append', {status: 504, afterCommit: true}, 1);
        world.server.fail('append', {status: 504}, 9);
        await world.error('alice', 'evidence github licence spdx MIT');
        while (world.server.takeFault('append') !== null) {
            // the server is back
        }
        await world.ok('alice', 'evidence github licence spdx MIT');
        const sets = (await world.events()).filter((event) => event.type === 'evidence.set');
        expect(sets).toHaveLength(1);
    });
});
