// Every rule of the fold, one row each. A row builds a log, appends one event, and says whether the
// fold must accept it or reject it with a given code. Rejected rows also prove that the event
import {evidenceWarning} from './gates';
import {itemDef} from './process';
// changed nothing; accepted twins prove that the rejection comes from the rule named, not another.
import {EVENT_VERSION, type EventDraft} from './events';
import type {ItemKey} from './process_types';
import {fold} from './fold';
import type {RejectionCode} from './tracker_state';
import {POLICY, Scenario, U} from './testing/scenario';
import {historyOf} from './history';
import {SEEN_NOTHING} from './new_event';
import {sealMessage} from './seal';

interface Row {
    rule: string;
    setup: (s: Scenario) => unknown;
    by: string;
    event: EventDraft | {raw: unknown; editAt?: number; rootId?: string; message?: string};
    expect: RejectionCode | 'accepted';
    /** Part of the rejection message that must appear. */
    says?: string;
}

const registered = (s: Scenario) => s.policy().register();
const signOff = (item: ItemKey, slot: 'signoff' | 'reviewer' | 'security' = 'signoff', extra: {substituteReason?: string} = {}): EventDraft => ({type: 'signoff.given', plugin: 'github', item, slot, ...extra});

const rows: Row[] = [
    // --- the envelope ---
    {rule: 'props that are not an event are malformed', setup: registered, by: U.author, event: {raw: 'hello'}, expect: 'malformed'},
    {rule: 'an event missing fields is malformed', setup: registered, by: U.author, event: {raw: {v: EVENT_VERSION, id: 'abcdefgh1', seen: SEEN_NOTHING, type: 'signoff.given', plugin: 'github'}}, expect: 'malformed', says: 'malformed'},
    {rule: 'an event from another version is unsupported', setup: registered, by: U.author, event: {raw: {v: 1, id: 'abcdefgh2', type: 'signoff.given', plugin: 'github', item: 'qa-pass', slot: 'signoff'}}, expect: 'unsupported-version'},
    {rule: 'an edited event post is rejected', setup: registered, by: U.author, event: {raw: {v: EVENT_VERSION, id: 'abcdefgh3', seen: SEEN_NOTHING, type: 'evidence.set', plugin: 'github', item: 'licence', field: 'spdx', value: 'MIT'}, editAt: 5}, expect: 'edited'},
    {rule: 'an unedited twin of that event is accepted', setup: registered, by: U.author, event: {raw: {v: EVENT_VERSION, id: 'abcdefgh3', seen: SEEN_NOTHING, type: 'evidence.set', plugin: 'github', item: 'licence', field: 'spdx', value: 'MIT'}}, expect: 'accepted'},
    {rule: 'an event whose props no longer match its seal is tampered', setup: registered, by: U.author, event: {raw: {v: EVENT_VERSION, id: 'abcdefgh4', seen: SEEN_NOTHING, type: 'evidence.set', plugin: 'github', item: 'licence', field: 'spdx', value: 'MIT'}, message: sealMessage('recorded MIT', {type: 'evidence.set', plugin: 'github'}, {v: EVENT_VERSION, id: 'abcdefgh4', seen: SEEN_NOTHING, type: 'evidence.set', plugin: 'github', item: 'licence', field: 'spdx', value: 'Apache-2.0'})}, expect: 'tampered', says: 'rewritten'},
    {rule: 'an event post without a seal is refused', setup: registered, by: U.author, event: {raw: {v: EVENT_VERSION, id: 'abcdefgh5', seen: SEEN_NOTHING, type: 'evidence.set', plugin: 'github', item: 'licence', field: 'spdx', value: 'MIT'}, message: 'recorded MIT'}, expect: 'tampered', says: 'no seal'},
    {rule: 'an event id seen before is a duplicate', setup: (s) => registered(s).post(U.author, {type: 'evidence.set', plugin: 'github', item: 'licence', field: 'spdx', value: 'MIT'}, {id: 'sameid0001'}), by: U.author, event: {raw: {v: EVENT_VERSION, id: 'sameid0001', seen: SEEN_NOTHING, type: 'evidence.set', plugin: 'github', item: 'licence', field: 'spdx', value: 'MIT'}}, expect: 'duplicate'},
    {rule: 'an event id seen on a rejected event is a duplicate too', setup: (s) => registered(s).post(U.outsider, {type: 'evidence.set', plugin: 'github', item: 'licence', field: 'spdx', value: 'MIT'}, {id: 'sameid0002'}), by: U.author, event: {raw: {v: EVENT_VERSION, id: 'sameid0002', seen: SEEN_NOTHING, type: 'evidence.set', plugin: 'github', item: 'licence', field: 'spdx', value: 'MIT'}}, expect: 'duplicate'},

    // --- where an event belongs ---
    {rule: "a plugin's change posted as a root post is misplaced", setup: registered, by: U.author, event: {raw: {v: EVENT_VERSION, id: 'abcdefgh6', seen: SEEN_NOTHING, type: 'evidence.set', plugin: 'github', item: 'licence', field: 'spdx', value: 'MIT'}, rootId: ''}, expect: 'misplaced', says: 'thread'},
    {rule: "a plugin's change posted in another plugin's thread is misplaced", setup: (s) => registered(s).register('jira'), by: U.author, event: {raw: {v: EVENT_VERSION, id: 'abcdefgh7', seen: SEEN_NOTHING, type: 'evidence.set', plugin: 'github', item: 'licence', field: 'spdx', value: 'MIT'}, rootId: 'post0000000000000000000002'}, expect: 'misplaced'},
    {rule: 'a registration posted as a reply is misplaced', setup: registered, by: U.author, event: {raw: {v: EVENT_VERSION, id: 'abcdefgh8', seen: SEEN_NOTHING, type: 'plugin.registered', plugin: 'jira', name: 'Jira', repoUrl: 'https://example.com/x', owners: [], thirdPartyService: false, mattermostOwned: false}, rootId: 'post0000000000000000000001'}, expect: 'misplaced'},

    // --- plugins ---
    {rule: 'events for an unregistered plugin are rejected', setup: registered, by: U.author, event: {type: 'evidence.set', plugin: 'gitlab', item: 'licence', field: 'spdx', value: 'MIT'}, expect: 'unknown-plugin', says: '`gitlab`'},
    {rule: 'registering an existing plugin id is rejected', setup: registered, by: U.outsider, event: {type: 'plugin.registered', plugin: 'github', name: 'Other', repoUrl: 'https://example.com/x', owners: [], thirdPartyService: false, mattermostOwned: false}, expect: 'plugin-exists'},
    {rule: 'plugin ids are unique without case', setup: registered, by: U.outsider, event: {type: 'plugin.registered', plugin: 'GitHub', name: 'Other', repoUrl: 'https://example.com/x', owners: [], thirdPartyService: false, mattermostOwned: false}, expect: 'plugin-exists', says: 'without case'},
    {rule: 'a name with a direction override is malformed', setup: registered, by: U.outsider, event: {type: 'plugin.registered', plugin: 'gitlab', name: 'Git\u202ebaLtiG', repoUrl: 'https://example.com/x', owners: [], thirdPartyService: false, mattermostOwned: false}, expect: 'malformed'},
    {rule: 'a name with a zero-width space is malformed', setup: registered, by: U.outsider, event: {type: 'plugin.registered', plugin: 'gitlab', name: 'Git\u200bLab', repoUrl: 'https://example.com/x', owners: [], thirdPartyService: false, mattermostOwned: false}, expect: 'malformed'},
    {rule: 'anyone may register a new plugin', setup: registered, by: U.outsider, event: {type: 'plugin.registered', plugin: 'gitlab', name: 'GitLab', repoUrl: 'https://example.com/x', owners: [], thirdPartyService: false, mattermostOwned: false}, expect: 'accepted'},
    {rule: 'events on an archived plugin are rejected', setup: (s) => registered(s).post(U.author, {type: 'plugin.archived', plugin: 'github'}), by: U.author, event: {type: 'evidence.set', plugin: 'github', item: 'licence', field: 'spdx', value: 'MIT'}, expect: 'archived'},
    {rule: 'an outsider cannot archive a plugin', setup: registered, by: U.outsider, event: {type: 'plugin.archived', plugin: 'github'}, expect: 'not-permitted'},
    {rule: 'a system admin can archive a plugin', setup: registered, by: U.admin, event: {type: 'plugin.archived', plugin: 'github'}, expect: 'accepted'},

    // --- who may sign off ---
    {rule: 'before any policy, a non-admin cannot sign off', setup: (s) => s.register().basicReviewReady(), by: U.cc1, event: signOff('basic-review'), expect: 'not-permitted', says: 'only system admins'},
    {rule: 'before any policy, a system admin can sign off', setup: (s) => s.register().basicReviewReady(), by: U.admin, event: signOff('basic-review'), expect: 'accepted'},
    {rule: 'after policy, only holders of the slot\'s role can sign off', setup: (s) => registered(s).qaPassReady(), by: U.pm1, event: signOff('qa-pass'), expect: 'not-permitted', says: 'Only QA team members can sign off QA pass'},
    {rule: 'after policy, a system admin outside the roster cannot sign off', setup: (s) => registered(s).qaPassReady(), by: U.admin, event: signOff('qa-pass'), expect: 'not-permitted'},
    {rule: 'after policy, a QA team member can sign off QA pass', setup: (s) => registered(s).qaPassReady(), by: U.qa2, event: signOff('qa-pass'), expect: 'accepted'},
    {rule: 'the policy in force at that point of the log decides', setup: (s) => { registered(s).qaPassReady(); s.post(U.admin, {...POLICY, roles: {...POLICY.roles, qa: [U.qa1]}}); }, by: U.qa2, event: signOff('qa-pass'), expect: 'not-permitted'},
    {rule: 'only system admins can set policy', setup: registered, by: U.qa1, event: POLICY, expect: 'not-permitted'},
    {rule: 'an owner cannot sign off their own plugin\'s review even holding the role', setup: (s) => s.policy().register('github', {owners: [U.cc1]}).evidence('basic-review', 'introduction-post', 'https://example.com/i', U.cc1).check('basic-review', 'introduction', U.cc1).check('basic-review', 'review-pr', U.cc1), by: U.cc1, event: signOff('basic-review'), expect: 'not-permitted', says: 'Owners of github'},
    {rule: 'whoever registered a plugin cannot review it, even naming someone else as owner', setup: (s) => s.policy().register('github', {owners: [U.author], by: U.cc1}).basicReviewReady(), by: U.cc1, event: signOff('basic-review'), expect: 'not-permitted', says: 'whoever registered it'},
    {rule: 'with no owners listed, the registering user counts as the owner', setup: (s) => s.policy().register('github', {owners: [], by: U.cc1}).evidence('basic-review', 'introduction-post', 'https://example.com/i', U.cc1).check('basic-review', 'introduction', U.cc1).check('basic-review', 'review-pr', U.cc1), by: U.cc1, event: signOff('basic-review'), expect: 'not-permitted'},
    {rule: 'an owner may sign off an item that allows it (release)', setup: (s) => s.policy().register('github', {owners: [U.integ1]}).release('v1.0.0', U.integ1).check('release', 'ci-request', U.integ1), by: U.integ1, event: signOff('release'), expect: 'accepted'},

    // --- who may check sub-steps, record evidence, set releases, deploy, waive, withdraw ---
    {rule: 'an owner can check an author sub-step', setup: registered, by: U.author, event: {type: 'substep.checked', plugin: 'github', item: 'basic-review', substep: 'introduction'}, expect: 'accepted'},
    {rule: 'a holder of the item\'s role can check an author sub-step', setup: registered, by: U.cc2, event: {type: 'substep.checked', plugin: 'github', item: 'basic-review', substep: 'introduction'}, expect: 'accepted'},
    {rule: 'an outsider cannot check an author sub-step', setup: registered, by: U.outsider, event: {type: 'substep.checked', plugin: 'github', item: 'basic-review', substep: 'introduction'}, expect: 'not-permitted'},
    {rule: 'a registering user who is not an owner cannot check author sub-steps when owners are listed', setup: (s) => s.policy().register('github', {owners: [U.coowner], by: U.author}), by: U.author, event: {type: 'substep.checked', plugin: 'github', item: 'basic-review', substep: 'introduction'}, expect: 'not-permitted'},
    {rule: 'a role sub-step can only be checked by that role (owner refused)', setup: registered, by: U.author, event: {type: 'substep.checked', plugin: 'github', item: 'qa-pass', substep: 'setup-docs'}, expect: 'not-permitted', says: 'QA team members'},
    {rule: 'a role sub-step can be checked by that role', setup: registered, by: U.qa1, event: {type: 'substep.checked', plugin: 'github', item: 'qa-pass', substep: 'setup-docs'}, expect: 'accepted'},
    {rule: 'before policy, role sub-steps are for system admins only', setup: (s) => s.register(), by: U.qa1, event: {type: 'substep.checked', plugin: 'github', item: 'qa-pass', substep: 'setup-docs'}, expect: 'not-permitted'},
    {rule: 'checking an already checked sub-step is rejected', setup: (s) => registered(s).check('basic-review', 'introduction'), by: U.author, event: {type: 'substep.checked', plugin: 'github', item: 'basic-review', substep: 'introduction'}, expect: 'invalid'},
    {rule: 'an unknown sub-step is rejected', setup: registered, by: U.author, event: {type: 'substep.checked', plugin: 'github', item: 'basic-review', substep: 'nope'}, expect: 'invalid'},
    {rule: 'unchecking a sub-step of a signed-off item is refused', setup: (s) => registered(s).basicReviewReady().signOff('basic-review', U.cc1), by: U.author, event: {type: 'substep.unchecked', plugin: 'github', item: 'basic-review', substep: 'introduction'}, expect: 'gate'},
    {rule: 'unchecking a sub-step of an open item is accepted', setup: (s) => registered(s).basicReviewReady(), by: U.author, event: {type: 'substep.unchecked', plugin: 'github', item: 'basic-review', substep: 'introduction'}, expect: 'accepted'},
    {rule: 'an outsider cannot record evidence', setup: registered, by: U.outsider, event: {type: 'evidence.set', plugin: 'github', item: 'licence', field: 'spdx', value: 'MIT'}, expect: 'not-permitted'},
    {rule: 'the registering user can record evidence even when not an owner', setup: (s) => s.policy().register('github', {owners: [U.coowner], by: U.author}), by: U.author, event: {type: 'evidence.set', plugin: 'github', item: 'licence', field: 'spdx', value: 'MIT'}, expect: 'accepted'},
    {rule: 'a holder of the item\'s role can record evidence', setup: registered, by: U.qa1, event: {type: 'evidence.set', plugin: 'github', item: 'qa-pass', field: 'qa-notes', value: 'ok'}, expect: 'accepted'},
    {rule: 'evidence on a signed-off item cannot change', setup: (s) => registered(s).evidence('licence', 'spdx', 'MIT').signOff('licence', U.integ1), by: U.author, event: {type: 'evidence.set', plugin: 'github', item: 'licence', field: 'spdx', value: 'GPL-3.0'}, expect: 'gate'},
    {rule: 'an unknown evidence field is rejected', setup: registered, by: U.author, event: {type: 'evidence.set', plugin: 'github', item: 'licence', field: 'colour', value: 'MIT'}, expect: 'invalid'},
    {rule: 'url evidence must be http(s)', setup: registered, by: U.author, event: {type: 'evidence.set', plugin: 'github', item: 'basic-review', field: 'introduction-post', value: 'javascript:alert(1)'}, expect: 'invalid', says: 'http(s) URL'},
    {rule: 'url evidence that is http(s) is accepted', setup: registered, by: U.author, event: {type: 'evidence.set', plugin: 'github', item: 'basic-review', field: 'introduction-post', value: 'https://example.com/p'}, expect: 'accepted'},
    {rule: 'spdx evidence must look like an SPDX id', setup: registered, by: U.author, event: {type: 'evidence.set', plugin: 'github', item: 'licence', field: 'spdx', value: 'MIT licence!'}, expect: 'invalid', says: 'SPDX'},
    {rule: 'text evidence must not be blank', setup: registered, by: U.qa1, event: {type: 'evidence.set', plugin: 'github', item: 'qa-pass', field: 'qa-notes', value: '   '}, expect: 'invalid'},
    {rule: 'an outsider cannot set the release', setup: registered, by: U.outsider, event: {type: 'release.set', plugin: 'github', version: 'v1.0.0', url: 'https://example.com/r'}, expect: 'not-permitted'},
    {rule: 'the Integrations team can set the release', setup: registered, by: U.integ1, event: {type: 'release.set', plugin: 'github', version: 'v1.0.0', url: 'https://example.com/r'}, expect: 'accepted'},
    {rule: 'only the stage\'s deployer role can record a deployment', setup: (s) => registered(s).stage1Done(), by: U.qa1, event: {type: 'stage.deployed', plugin: 'github', stage: 'ci-extensions'}, expect: 'not-permitted'},
    {rule: 'only system admins can waive an item', setup: registered, by: U.pm1, event: {type: 'waived', plugin: 'github', item: 'pm-ux-review', reason: 'not needed'}, expect: 'not-permitted'},
    {rule: 'a system admin can waive an item', setup: registered, by: U.admin, event: {type: 'waived', plugin: 'github', item: 'pm-ux-review', reason: 'not needed'}, expect: 'accepted'},
    {rule: 'only system admins can waive a sub-step', setup: registered, by: U.qa1, event: {type: 'waived', plugin: 'github', item: 'qa-pass', substep: 'setup-docs', reason: 'x'}, expect: 'not-permitted'},
    {rule: 'a sub-step that does not apply cannot be waived again', setup: (s) => s.policy().register('github', {thirdPartyService: false}), by: U.admin, event: {type: 'waived', plugin: 'github', item: 'qa-pass', substep: 'test-account', reason: 'x'}, expect: 'invalid'},
    {rule: 'a sign-off can be withdrawn only by its signer or an admin', setup: (s) => registered(s).basicReviewReady().signOff('basic-review', U.cc1), by: U.cc2, event: {type: 'signoff.withdrawn', plugin: 'github', item: 'basic-review', slot: 'signoff'}, expect: 'not-permitted'},
    {rule: 'the signer can withdraw their sign-off', setup: (s) => registered(s).basicReviewReady().signOff('basic-review', U.cc1), by: U.cc1, event: {type: 'signoff.withdrawn', plugin: 'github', item: 'basic-review', slot: 'signoff'}, expect: 'accepted'},
    {rule: 'a system admin can withdraw any sign-off', setup: (s) => registered(s).basicReviewReady().signOff('basic-review', U.cc1), by: U.admin, event: {type: 'signoff.withdrawn', plugin: 'github', item: 'basic-review', slot: 'signoff'}, expect: 'accepted'},
    {rule: 'withdrawing an empty slot is rejected', setup: registered, by: U.admin, event: {type: 'signoff.withdrawn', plugin: 'github', item: 'basic-review', slot: 'signoff'}, expect: 'invalid'},

    // --- sign-off gates ---
    {rule: 'no sign-off while required evidence is missing', setup: (s) => registered(s).check('basic-review', 'introduction').check('basic-review', 'review-pr'), by: U.cc1, event: signOff('basic-review'), expect: 'gate', says: 'Introduction post'},
    {rule: 'no sign-off while an applicable sub-step is open', setup: (s) => registered(s).evidence('basic-review', 'introduction-post', 'https://example.com/i').check('basic-review', 'introduction'), by: U.cc1, event: signOff('basic-review'), expect: 'gate', says: 'sub-step'},
    {rule: 'sub-steps that do not apply do not block the sign-off', setup: (s) => s.policy().register('github', {thirdPartyService: false, mattermostOwned: false}).check('qa-pass', 'setup-docs', U.qa1).check('qa-pass', 'functional-testing', U.qa1).evidence('qa-pass', 'qa-notes', 'ok', U.qa1), by: U.qa1, event: signOff('qa-pass'), expect: 'accepted'},
    {rule: 'a waived sub-step does not block the sign-off', setup: (s) => { registered(s).basicReviewReady(); s.post(U.author, {type: 'substep.unchecked', plugin: 'github', item: 'basic-review', substep: 'review-pr'}); s.post(U.admin, {type: 'waived', plugin: 'github', item: 'basic-review', substep: 'review-pr', reason: 'all code is new'}); }, by: U.cc1, event: signOff('basic-review'), expect: 'accepted'},
    {rule: 'no sign-off of an item that needs the release before a release is set', setup: (s) => registered(s).check('release', 'ci-request'), by: U.integ1, event: signOff('release'), expect: 'gate', says: 'release'},
    {rule: 'the licence sign-off needs a licence on the allow-list', setup: (s) => registered(s).evidence('licence', 'spdx', 'GPL-3.0'), by: U.integ1, event: signOff('licence'), expect: 'gate', says: 'allow-list'},
    {rule: 'the allow-list in force is the policy\'s', setup: (s) => { s.post(U.admin, {...POLICY, licences: ['GPL-3.0']}); s.register().evidence('licence', 'spdx', 'gpl-3.0'); }, by: U.integ1, event: signOff('licence'), expect: 'accepted'},
    {rule: 'a filled slot cannot be signed again', setup: (s) => registered(s).basicReviewReady().signOff('basic-review', U.cc1), by: U.cc2, event: signOff('basic-review'), expect: 'invalid', says: 'withdraw'},
    {rule: 'a waived item takes no sign-off', setup: (s) => { registered(s); s.post(U.admin, {type: 'waived', plugin: 'github', item: 'pm-ux-review', reason: 'x'}); }, by: U.pm1, event: signOff('pm-ux-review'), expect: 'invalid'},
    {rule: 'a slot the item does not have is rejected', setup: registered, by: U.qa1, event: signOff('qa-pass', 'security'), expect: 'invalid'},

    // --- the complete review ---
    {rule: 'the same core committer cannot fill both complete-review slots', setup: (s) => registered(s).stage1Done().signOff('complete-review', U.cc1, 'reviewer'), by: U.cc1, event: signOff('complete-review', 'security'), expect: 'gate', says: 'two different'},
    {rule: 'release testing on a plugin not owned by Mattermost answers not applicable, whoever asks', setup: (s) => s.policy().register('github', {mattermostOwned: false}), by: U.outsider, event: {type: 'substep.checked', plugin: 'github', item: 'qa-pass', substep: 'release-testing'}, expect: 'invalid', says: 'does not apply to github: the plugin is not owned by Mattermost.'},
    {rule: 'without the basic reviewer, a reason on the security slot completes the review', setup: (s) => registered(s).stage1Done().signOff('complete-review', U.cc2, 'reviewer'), by: U.cc3, event: {type: 'signoff.given', plugin: 'github', item: 'complete-review', slot: 'security', substituteReason: 'cc1 is on leave'}, expect: 'accepted'},
    {rule: 'without the basic reviewer, the second reviewer must give a substitute reason', setup: (s) => registered(s).stage1Done().signOff('complete-review', U.cc2, 'reviewer'), by: U.cc3, event: signOff('complete-review', 'security'), expect: 'gate', says: 'basic reviewer should be one'},
    {rule: 'without the basic reviewer, a substitute reason lets the review go ahead', setup: (s) => registered(s).stage1Done().signOff('complete-review', U.cc2, 'reviewer'), by: U.cc3, event: signOff('complete-review', 'security', {substituteReason: 'cc1 is on leave'}), expect: 'accepted'},
    {rule: 'with the basic reviewer as one of the two, no reason is needed', setup: (s) => registered(s).stage1Done().signOff('complete-review', U.cc2, 'reviewer'), by: U.cc1, event: signOff('complete-review', 'security'), expect: 'accepted'},

    // --- the record's own events ---
    {rule: 'only system admins can restore posts', setup: registered, by: U.qa1, event: {type: 'integrity.restored', posts: [{post: 'gone00000000000000000000aa', by: U.author, at: 5, root: '', message: 'x', payload: {}}]}, expect: 'not-permitted'},
    {rule: 'only system admins can accept a loss', setup: registered, by: U.qa1, event: {type: 'integrity.accepted', posts: ['gone00000000000000000000aa'], reason: 'checked'}, expect: 'not-permitted'},
    {rule: 'a system admin can accept a loss', setup: registered, by: U.admin, event: {type: 'integrity.accepted', posts: ['gone00000000000000000000aa'], reason: 'checked'}, expect: 'accepted'},

    // --- deployment gates ---
    {rule: 'a stage cannot be deployed while an item is pending', setup: (s) => registered(s).basicReviewReady().signOff('basic-review', U.cc1).ciMasterReady().signOff('ci-master', U.integ1), by: U.integ1, event: {type: 'stage.deployed', plugin: 'github', stage: 'ci-extensions'}, expect: 'gate', says: 'Has a compatible licence'},
    {rule: 'a stage with every item done is deployed', setup: (s) => registered(s).stage1Done(), by: U.integ1, event: {type: 'stage.deployed', plugin: 'github', stage: 'ci-extensions'}, expect: 'accepted'},
    {rule: 'a stage cannot be deployed before the previous stage', setup: (s) => registered(s).stage1Done().stage2Done(), by: U.integ1, event: {type: 'stage.deployed', plugin: 'github', stage: 'ci-extensions-release'}, expect: 'gate', says: 'previous stage ci-extensions is not deployed'},
    {rule: 'a deployed stage cannot be deployed again', setup: (s) => registered(s).stage1Done().deploy('ci-extensions'), by: U.integ1, event: {type: 'stage.deployed', plugin: 'github', stage: 'ci-extensions'}, expect: 'invalid'},
    {rule: 'the community stage needs the release QA signed, not waived', setup: (s) => { registered(s).stage1Done().deploy('ci-extensions').stage2Done().deploy('ci-extensions-release'); s.post(U.admin, {type: 'waived', plugin: 'github', item: 'release-qa', reason: 'x'}); }, by: U.integ1, event: {type: 'stage.deployed', plugin: 'github', stage: 'community'}, expect: 'gate', says: 'on release v1.0.0'},
    {rule: 'a waived item counts as done for the gate', setup: (s) => { registered(s).basicReviewReady().signOff('basic-review', U.cc1).ciMasterReady().signOff('ci-master', U.integ1); s.post(U.admin, {type: 'waived', plugin: 'github', item: 'licence', reason: 'internal'}); }, by: U.integ1, event: {type: 'stage.deployed', plugin: 'github', stage: 'ci-extensions'}, expect: 'accepted'},
];

function append(s: Scenario, row: Row): void {
    if ('raw' in row.event) {
        s.raw(row.by, row.event.raw, row.event.editAt ?? 0, row.event.rootId, row.event.message);
    } else {
        s.post(row.by, row.event);
    }
}

describe.each(rows)('rule: $rule', (row) => {
    it(`is ${row.expect}`, () => {
        const s = new Scenario();
        row.setup(s);
        const before = s.state();
        // The setup is a clean path (rows about earlier rejections say so in their setup).
        expect(historyOf(before).filter((entry) => entry.rejection && entry.by !== U.outsider)).toEqual([]);
        append(s, row);
        const after = s.state();
        const last = historyOf(after).at(-1);
        // The row's own event, not the setup's last one.
        expect(last?.postId).toBe(s.entries.at(-1)?.postId);
        expect(last?.rejection?.code ?? 'accepted').toBe(row.expect);
        if (row.expect !== 'accepted') {
            expect(after.plugins).toEqual(before.plugins);
            expect(after.policy).toEqual(before.policy);
            expect(last?.rejection?.message).toMatch(/^[A-Z`].*[.)]$/s);
        }
        if (row.says) {
            expect(last?.rejection?.message).toContain(row.says);
        }
    });
});

it('rejection messages never carry user ids', () => {
    for (const row of rows) {
        const s = new Scenario();
        row.setup(s);
        append(s, row);
        const message = s.last().rejection?.message ?? '';
        for (const id of Object.values(U)) {
            expect(message).not.toContain(id);
        }
    }
});

it('the version constant the rows rely on is 4', () => {
    expect(EVENT_VERSION).toBe(4);
    expect(historyOf(fold([], {isSystemAdmin: () => false}))).toEqual([]);
});

describe('evidence warnings', () => {
    const policy = new Scenario().policy().state().policy;
    it('warn of a licence off the allow-list, in any case of letters, and of nothing else', () => {
        expect(evidenceWarning(policy, itemDef('licence'), 'spdx', 'GPL-3.0')).toMatch(/^GPL-3\.0 is not on this team's licence allow-list \(Apache-2\.0, MIT, BSD-2-Clause, BSD-3-Clause\)/);
        expect(evidenceWarning(policy, itemDef('licence'), 'spdx', 'mit')).toBeNull();
        expect(evidenceWarning(policy, itemDef('licence'), 'spdx', 'not a licence!')).toBeNull();
        expect(evidenceWarning(policy, itemDef('qa-pass'), 'qa-notes', 'GPL-3.0')).toBeNull();
    });
});
