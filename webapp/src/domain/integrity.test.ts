// The attacks a real Mattermost allows ordinary users (issue: the record holds on a real server),
// each against the fold: what every client then shows, and that nobody gains by it.
import {EVENT_VERSION, type EventDraft} from './events';
import {fold} from './fold';
import {historyOf} from './history';
import {logEntry, type LogEntry} from './log';
import {threadOf} from './log_index';
import type {TrackerState} from './tracker_state';
import {POLICY, Scenario, U} from './testing/scenario';

/** Deleting posts as Mattermost does: a root takes its whole thread with it. */
function deleted(...postIds: string[]): (entries: LogEntry[]) => LogEntry[] {
    return (entries) => entries.filter((entry) => !postIds.includes(entry.postId) && !postIds.includes(entry.rootId));
}

/** A props-only edit: new props, same message (so the same seal), edit_at untouched. */
function rewritten(postId: string, change: (payload: Record<string, unknown>) => Record<string, unknown>): (entries: LogEntry[]) => LogEntry[] {
    return (entries) => entries.map((entry) => {
        if (entry.postId !== postId) {
            return entry;
        }
        const message = `x\n\n[plugin-onboard]: #${entry.seal?.type ?? ''}~${entry.seal?.plugin ?? ''}~${entry.seal?.digest ?? ''}`;
        return logEntry({...entry, payload: change({...(entry.payload as Record<string, unknown>)}), message});
    });
}

/** A message edit: Mattermost sets edit_at. */
function messageEdited(postId: string): (entries: LogEntry[]) => LogEntry[] {
    return (entries) => entries.map((entry) => (entry.postId === postId ? {...entry, editAt: entry.createAt + 1} : entry));
}

function lastPost(s: Scenario): string {
    return s.entries.at(-1)?.postId ?? '';
}

function marksOf(state: TrackerState) {
    return state.integrity.marks.map((mark) => ({kind: mark.kind, post: mark.post, plugin: mark.plugin, scope: mark.scope}));
}

function verdictOf(state: TrackerState, postId: string) {
    return historyOf(state).find((line) => line.postId === postId)?.rejection?.code ?? 'accepted';
}

describe('integrity: a props-only edit', () => {
    it('is shown as tampered, changes nothing, and puts the plugin\'s later changes on hold', () => {
        const s = new Scenario().policy().register().basicReviewReady();
        s.signOff('basic-review', U.cc1);
        const signOffPost = lastPost(s);
        s.ciMasterReady();
        const before = s.state();
        // The reviewer rewrites his sign-off into one for the QA pass he could never give.
        s.rewrite(rewritten(signOffPost, (payload) => ({...payload, item: 'ci-master'})));
        const after = s.state();
        expect(verdictOf(after, signOffPost)).toBe('tampered');
        expect(marksOf(after)).toEqual([{kind: 'tampered', post: signOffPost, plugin: 'github', scope: 'plugin'}]);
        // Nothing in the plugin changed hands: the state is the state before the rewritten post.
        expect(after.plugins['github']?.items['ci-master'].signOffs).toEqual({});
        expect(after.plugins['github']?.items['basic-review'].signOffs).toEqual({});
        expect(before.plugins['github']?.items['basic-review'].signOffs.signoff?.by).toBe(U.cc1);
        // What came after it waits, visibly.
        expect(after.integrity.onHold).toBeGreaterThan(0);
        expect(historyOf(after).filter((line) => line.at > (s.entries.find((e) => e.postId === signOffPost)?.createAt ?? 0)).every((line) => line.rejection?.code === 'on-hold')).toBe(true);
    });
});

describe('integrity: deleting a whole plugin thread', () => {
    it('leaves a gap every client sees, and a refused duplicate registration does not take the plugin over', () => {
        const s = new Scenario().policy().register('github', {owners: [U.author]});
        const root = lastPost(s);
        s.basicReviewReady().signOff('basic-review', U.cc1);
        // Bob's registration of the same id was refused at the time; his client names nothing it saw.
        s.raw(U.outsider, {type: 'plugin.registered', plugin: 'github', name: 'Mine', repoUrl: 'https://example.com/x', owners: [U.outsider],
            thirdPartyService: false, mattermostOwned: false, v: EVENT_VERSION, id: 'bobsown0001', seen: {log: null}});
        const duplicate = lastPost(s);
        expect(verdictOf(s.state(), duplicate)).toBe('plugin-exists');
        // Someone working on another plugin names the newest post they had seen.
        s.register('jira');
        const naming = lastPost(s);
        // The author deletes her registration: Mattermost deletes its replies with it.
        s.rewrite(deleted(root));
        const after = s.state();
        expect(after.plugins['github']).toBeUndefined();
        expect(verdictOf(after, duplicate)).toBe('on-hold');
        // The post jira's writer named is there, but fewer posts before it than she had seen: five went, of a plugin unknown.
        expect(after.integrity.marks.map((mark) => [mark.kind, mark.scope, mark.count])).toEqual(expect.arrayContaining([['fewer', 'tracker', 5]]));
        expect(after.integrity.marks.find((mark) => mark.kind === 'fewer')?.namedBy?.post).toBe(naming);
        // A client that opens cold after the deletion folds the same.
        expect(fold([...s.entries].reverse(), s.directory)).toEqual(after);
    });

    it('is restored by a system admin from the server\'s copies, with the original authors, times and payloads', () => {
        const s = new Scenario().policy().register('github', {owners: [U.author]});
        const root = lastPost(s);
        s.basicReviewReady().signOff('basic-review', U.cc1);
        const thread = s.entries.filter((entry) => threadOf(entry) === root);
        s.register('jira');
        const intact = s.state();
        s.rewrite(deleted(root));
        s.post(U.admin, {type: 'integrity.restored', posts: thread.map((entry) => ({
            post: entry.postId, by: entry.userId, at: entry.createAt, root: entry.rootId,
            message: `x\n\n[plugin-onboard]: #${entry.seal?.type ?? ''}~${entry.seal?.plugin ?? ''}~${entry.seal?.digest ?? ''}`, payload: entry.payload,
        }))});
        const restored = s.state();
        expect(restored.integrity.marks).toEqual([]);
        expect(restored.plugins['github']).toEqual(intact.plugins['github']);
        expect(historyOf(restored).filter((line) => line.pluginId === 'github').every((line) => line.rejection === null)).toBe(true);
        expect(restored.log.filter((entry) => entry.restoredBy !== null)).toHaveLength(thread.length);
    });

    it('does not count a restore by someone who is not a system admin', () => {
        const s = new Scenario().policy().register('github');
        const root = lastPost(s);
        const registration = s.entries.at(-1) as LogEntry;
        s.register('jira');
        s.rewrite(deleted(root));
        s.raw(U.cc1, {type: 'integrity.restored', v: EVENT_VERSION, id: 'restore0001', seen: {log: null}, posts: [{
            post: registration.postId, by: registration.userId, at: registration.createAt, root: '', message: 'x', payload: registration.payload,
        }]});
        expect(s.state().plugins['github']).toBeUndefined();
        expect(s.last().rejection?.code).toBe('not-permitted');
    });
});

describe('integrity: deleting one\'s own sign-off', () => {
    it('puts later changes on hold rather than silently refusing them', () => {
        const s = new Scenario().policy().register().stage1Done();
        s.signOff('licence', U.integ1);
        const licence = s.entries.filter((entry) => entry.event?.type === 'signoff.given' && 'item' in entry.event && entry.event.item === 'licence').at(-1);
        s.deploy('ci-extensions');
        const deploy = lastPost(s);
        s.rewrite(deleted(licence?.postId ?? ''));
        const after = s.state();
        expect(verdictOf(after, deploy)).toBe('on-hold');
        expect(after.integrity.marks[0]).toMatchObject({kind: 'missing', by: U.integ1, type: 'signoff.given', plugin: 'github'});
    });

    it('goes ahead once a system admin accepts the loss, judged on what remains', () => {
        const s = new Scenario().policy().register().stage1Done();
        const licence = s.entries.filter((entry) => entry.event?.type === 'signoff.given').at(-1)?.postId ?? '';
        s.deploy('ci-extensions');
        const deploy = lastPost(s);
        s.rewrite(deleted(licence));
        s.post(U.admin, {type: 'integrity.accepted', posts: [licence], reason: 'Checked with the integrations team: withdrawn on purpose.'});
        const after = s.state();
        expect(after.integrity.marks[0]?.accepted?.by).toBe(U.admin);
        expect(after.integrity.onHold).toBe(0);
        // With the licence sign-off gone, the deployment is refused on its merits, and says why.
        expect(verdictOf(after, deploy)).toBe('gate');
    });
});

describe('integrity: editing a registration\'s message', () => {
    it('marks it edited and does not revive an older refused registration of the same id', () => {
        const s = new Scenario().policy().register('github');
        const root = lastPost(s);
        s.register('github', {by: U.outsider, owners: [U.outsider]});
        const duplicate = lastPost(s);
        s.rewrite(messageEdited(root));
        const after = s.state();
        expect(verdictOf(after, root)).toBe('edited');
        expect(verdictOf(after, duplicate)).toBe('on-hold');
        expect(marksOf(after)).toEqual([{kind: 'edited', post: root, plugin: 'github', scope: 'plugin'}]);
    });
});

describe('integrity: the policy', () => {
    it('deleted by a team admin: role holders\' later work waits, owners\' does not, and a restore brings it all back', () => {
        const s = new Scenario().policy();
        const policyPost = lastPost(s);
        const policy = s.entries.at(-1) as LogEntry;
        s.register().basicReviewReady().signOff('basic-review', U.cc1);
        const signOff = lastPost(s);
        const intact = s.state();
        s.rewrite(deleted(policyPost));
        s.evidence('licence', 'spdx', 'MIT');
        const ownerWork = lastPost(s);
        const after = s.state();
        expect(after.integrity.marks[0]).toMatchObject({kind: 'missing', post: policyPost, scope: 'policy'});
        expect(verdictOf(after, signOff)).toBe('on-hold');
        expect(verdictOf(after, ownerWork)).toBe('accepted');
        s.post(U.admin, {type: 'integrity.restored', posts: [{
            post: policy.postId, by: policy.userId, at: policy.createAt, root: '',
            message: `x\n\n[plugin-onboard]: #${policy.seal?.type ?? ''}~~${policy.seal?.digest ?? ''}`, payload: policy.payload,
        }]});
        const restored = s.state();
        expect(restored.integrity.marks).toEqual([]);
        expect(restored.policy).toEqual(intact.policy);
        expect(verdictOf(restored, signOff)).toBe('accepted');
    });

    it('set by an admin who was later demoted stays in question, not silently void, until a system admin confirms it', () => {
        const s = new Scenario();
        s.admins.add(U.coowner);
        s.post(U.coowner, POLICY);
        const policyPost = lastPost(s);
        s.register().basicReviewReady().signOff('basic-review', U.cc1);
        const signOff = lastPost(s);
        s.admins.delete(U.coowner);
        const demoted = s.state();
        expect(demoted.integrity.marks[0]).toMatchObject({kind: 'policy-author', post: policyPost, scope: 'policy'});
        expect(verdictOf(demoted, signOff)).toBe('on-hold');
        s.post(U.admin, {type: 'integrity.accepted', posts: [policyPost], reason: 'Still our policy.'});
        const confirmed = s.state();
        expect(confirmed.policy.configured).toBe(true);
        expect(verdictOf(confirmed, signOff)).toBe('accepted');
    });

    it('forged by someone who never was an admin is refused and puts nothing on hold', () => {
        const s = new Scenario().policy().register();
        s.post(U.qa1, {...POLICY, roles: {...POLICY.roles, 'core-committer': [U.qa1]}});
        s.basicReviewReady().signOff('basic-review', U.cc1);
        const state = s.state();
        expect(state.integrity.marks).toEqual([]);
        expect(state.plugins['github']?.items['basic-review'].signOffs.signoff?.by).toBe(U.cc1);
    });
});

describe('integrity: reports of deletions', () => {
    const draftOf = (entry: LogEntry): EventDraft => ({
        type: 'integrity.reported',
        deleted: {post: entry.postId, at: entry.createAt, by: entry.userId, type: entry.event?.type ?? 'unreadable.post', plugin: 'github'},
    });

    it('from someone taking part mark the newest post\'s deletion, which nothing else named', () => {
        const s = new Scenario().policy().register().basicReviewReady().signOff('basic-review', U.cc1);
        const signOff = s.entries.at(-1) as LogEntry;
        s.rewrite(deleted(signOff.postId));
        expect(s.state().integrity.marks).toEqual([]);
        s.post(U.qa1, draftOf(signOff));
        expect(marksOf(s.state())).toEqual([{kind: 'missing', post: signOff.postId, plugin: 'github', scope: 'plugin'}]);
    });

    it('from an outsider are refused and mark nothing', () => {
        const s = new Scenario().policy().register().basicReviewReady().signOff('basic-review', U.cc1);
        const signOff = s.entries.at(-1) as LogEntry;
        s.rewrite(deleted(signOff.postId));
        s.post(U.outsider, draftOf(signOff));
        expect(s.state().integrity.marks).toEqual([]);
        expect(s.last().rejection?.code).toBe('not-permitted');
    });

    it('of a post that is in the record change nothing', () => {
        const s = new Scenario().policy().register().basicReviewReady().signOff('basic-review', U.cc1);
        const signOff = s.entries.at(-1) as LogEntry;
        s.post(U.qa1, draftOf(signOff));
        expect(s.state().integrity.marks).toEqual([]);
        expect(s.last().rejection?.code).toBe('invalid');
    });
});

describe('integrity: posts that counted fewer', () => {
    it('a deletion that no reference names (two writers at once) is still found by the count of the thread', () => {
        const s = new Scenario().policy().register();
        // Two clients write at once: the second had not seen the first's post.
        const unseen = s.writer.seen('github');
        s.evidence('licence', 'spdx', 'MIT');
        const first = lastPost(s);
        s.raw(U.author, {type: 'substep.checked', plugin: 'github', item: 'basic-review', substep: 'introduction', v: EVENT_VERSION, id: 'concurrent01', seen: unseen});
        s.check('basic-review', 'review-pr');
        s.rewrite(deleted(first));
        const state = s.state();
        expect(state.integrity.marks.map((mark) => [mark.kind, mark.scope, mark.plugin])).toEqual([['fewer', 'tracker', null], ['fewer', 'plugin', 'github']]);
        expect(verdictOf(state, lastPost(s))).toBe('on-hold');
    });
});
