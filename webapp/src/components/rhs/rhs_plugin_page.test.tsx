import {screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import React from 'react';

import {createHarness, type Harness} from '../shared/testing/harness';
import {CAST, finishStageOne, finishStageTwo, policy, register} from '../shared/testing/fixtures';

import {RhsRoot} from './rhs_root';
import {pluginSelected} from '../../state/actions';

/** github (alice's) through stage one, its QA under way; the page opened on it. */
async function openGithub(me: keyof typeof CAST, more: (h: Harness) => Promise<void> = async () => undefined): Promise<Harness> {
    const h = createHarness({users: CAST, me});
    await h.post('admin', policy(h.users));
    await h.post('alice', register('github', 'GitHub', [h.users.alice ?? '']));
    await finishStageOne((who, draft) => h.post(who, draft), 'github', 'alice');
    await h.post('quinn', {type: 'substep.checked', plugin: 'github', item: 'qa-pass', substep: 'setup-docs'});
    await more(h);
    h.store.dispatch(pluginSelected('github'));
    h.render(<RhsRoot/>);
    await screen.findByRole('heading', {level: 2, name: 'GitHub'});
    return h;
}

function item(name: string | RegExp): HTMLElement {
    return screen.getByRole('article', {name});
}

describe('RHS plugin page', () => {
    it('shows the header, the pipeline and each item with its sub-steps, sign-offs and evidence', async () => {
        await openGithub('quinn');
        expect(screen.getByRole('link', {name: 'https://github.com/example/github'})).toHaveAttribute('href', 'https://github.com/example/github');
        expect(screen.getByText('@alice', {selector: 'dd'})).toBeInTheDocument();
        const pipeline = screen.getByRole('list', {name: 'Stages'});
        expect(within(pipeline).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
            expect.stringContaining('Deployed'), expect.stringContaining('In progress'), expect.stringContaining('Not started'),
        ]);

        // The deployed stage is folded away until asked for; the open stage is shown.
        expect(screen.queryByRole('article', {name: /Basic Code Review passed/})).toBeNull();
        const show = screen.getByRole('button', {name: 'Show its 3 items'});
        expect(show).toHaveAttribute('aria-expanded', 'false');
        await userEvent.click(show);
        expect(screen.getByRole('button', {name: 'Hide its 3 items'})).toHaveAttribute('aria-expanded', 'true');
        const basic = item(/Basic Code Review passed/);
        expect(within(basic).getByRole('checkbox', {name: /Post an introduction/})).toBeChecked();
        expect(within(basic).getByText(/Signed off by @carol/)).toBeInTheDocument();
        expect(within(basic).getByRole('link', {name: 'https://community.example.com/pl/intro'})).toBeInTheDocument();

        const qa = item('QA pass');
        expect(within(qa).getByRole('checkbox', {name: /Ensure all setup documentation/})).toBeChecked();
        expect(within(qa).getByRole('checkbox', {name: /Functional testing/})).not.toBeChecked();
        expect(within(qa).getByText(/Dedicated instance or test account/).closest('li')).toHaveTextContent(/Not applicable/);
        expect(within(qa).getByText('Not signed off (QA team)')).toBeInTheDocument();
        expect(within(within(qa).getByRole('list', {name: 'Whose move'})).getAllByRole('listitem')[0]).toHaveTextContent(/^QA team — Provide evidence: QA notes · waiting since /);
    });

    it('an item reopened by a new release shows who had signed it, for which release', async () => {
        await openGithub('alice', async (h) => {
            await finishStageTwo((who, draft) => h.post(who, draft), 'github', 'alice');
            await h.post('quinn', {type: 'evidence.set', plugin: 'github', item: 'release-qa', field: 'qa-notes', value: 'v1.0.0 verified.'});
            await h.post('quinn', {type: 'signoff.given', plugin: 'github', item: 'release-qa', slot: 'signoff'});
            await h.post('alice', {type: 'release.set', plugin: 'github', version: 'v1.1.0', url: 'https://github.com/example/github/releases/v1.1.0'});
        });
        const releaseQa = item(/QA pass on ci-extensions-release of the release to deploy/);
        const reopened = within(releaseQa).getByRole('list', {name: 'Reopened by a new release'});
        expect(reopened).toHaveTextContent(/@quinn had signed off on .*, for release v1\.0\.0/);
    });

    it('the release form starts from the release in force and says before sending what a new one will reopen', async () => {
        await openGithub('alice', async (h) => {
            await finishStageTwo((who, draft) => h.post(who, draft), 'github', 'alice');
            await h.post('quinn', {type: 'evidence.set', plugin: 'github', item: 'release-qa', field: 'qa-notes', value: 'v1.0.0 verified.'});
            await h.post('quinn', {type: 'signoff.given', plugin: 'github', item: 'release-qa', slot: 'signoff'});
        });
        await userEvent.click(screen.getByRole('button', {name: 'Set release'}));
        const version = screen.getByRole('textbox', {name: 'Version'});
        expect(version).toHaveValue('v1.0.0');
        expect(screen.getByRole('textbox', {name: 'Release URL'})).toHaveValue('https://github.com/example/github/releases/v1.0.0');
        expect(screen.getByRole('status')).toHaveTextContent('v1.0.0 is the release in force: saving it again changes nothing.');
        await userEvent.clear(version);
        await userEvent.type(version, 'v1.1.0');
        const reopens = screen.getByRole('list', {name: 'Setting v1.1.0 will reopen:'});
        expect(within(reopens).getAllByRole('listitem').map((line) => line.textContent)).toEqual([
            "QA pass on ci-extensions-release of the release to deploy — @quinn's sign-off for v1.0.0: a sign-off for one release does not carry over to another; it is needed again for v1.1.0.",
            'Deploy to community.mattermost.com — from ready to deploy back to in progress: what its gate needs must be done again for v1.1.0.',
        ]);
    });

    it('disables what the user may not do, giving the fold\'s reason', async () => {
        await openGithub('mallory');
        const qa = item('QA pass');
        const functional = within(qa).getByRole('checkbox', {name: /Functional testing/});
        expect(functional).toHaveAttribute('aria-disabled', 'true');
        expect(functional).toHaveAccessibleDescription(/^Only .*can check off this sub-step of QA pass/);
        await userEvent.click(functional);
        expect(functional).not.toBeChecked();

        const signOff = within(qa).getByRole('button', {name: 'Sign off as QA for QA pass'});
        expect(signOff).toHaveAttribute('aria-disabled', 'true');
        expect(signOff).toHaveAccessibleDescription(/^Only .*can sign off QA pass/);

        const deploy = screen.getByRole('button', {name: 'Mark deployed to ci-extensions-release'});
        expect(deploy).toHaveAccessibleDescription(/can record a deployment to ci-extensions-release/);
        expect(screen.queryByRole('button', {name: /^Waive/})).not.toBeInTheDocument();
    });

    it('marks a role holder who is not in the tracker channel, reading the membership once for the whole page', async () => {
        let reads: jest.SpyInstance | null = null;
        const h = await openGithub('mallory', async (world) => {
            reads = jest.spyOn(world.server, 'membersAmong');
        });
        const pm = item('PM/UX review');
        const [pat] = await within(within(pm).getByRole('list', {name: 'Sign-offs'})).findAllByText('(not in the tracker channel: will not be notified)');
        expect(pat?.closest('.po-holders')).toHaveTextContent(/^PM\/UX: @pat \(not in the tracker channel: will not be notified\)$/);
        // quinn wrote to the tracker, so is a member: no mark.
        const qa = item('QA pass');
        expect(within(within(qa).getByRole('list', {name: 'Sign-offs'})).getByText('QA team: @quinn').closest('.po-holders')).not.toHaveTextContent('not in the tracker channel');
        expect(reads).not.toBeNull();
        expect(reads ?? jest.fn()).toHaveBeenCalledTimes(1);
        expect(h.server.isMember(h.channelId(), h.users.pat ?? '')).toBe(false);
    });

    it('names who holds the role beside each open sign-off and role-gated sub-step, not beside the owners\' steps', async () => {
        await openGithub('mallory');
        const qa = item('QA pass');
        const signOffs = within(qa).getByRole('list', {name: 'Sign-offs'});
        expect(within(signOffs).getByText('QA team: @quinn')).toBeInTheDocument();
        const functional = within(qa).getByRole('checkbox', {name: /Functional testing/}).closest('li');
        expect(functional).not.toBeNull();
        expect(within(functional ?? qa).getByText('QA team: @quinn')).toBeInTheDocument();
        const pm = item('PM/UX review');
        const summary = within(pm).getByRole('checkbox', {name: /one paragraph summary/}).closest('li');
        expect(summary).not.toHaveTextContent('@');
    });

    it('each sign-off and evidence button names its item, so no two share a name', async () => {
        await openGithub('mallory');
        await userEvent.click(screen.getByRole('button', {name: 'Show its 3 items'}));
        const names = screen.getAllByRole('button').map((button) => button.getAttribute('aria-label') ?? button.textContent ?? '');
        expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
        expect(screen.getByRole('button', {name: 'Sign off as QA for QA pass on ci-extensions-release of the release to deploy.'})).toBeInTheDocument();
        expect(screen.getByRole('button', {name: 'Add QA notes for QA pass on ci-extensions-release of the release to deploy.'})).toBeInTheDocument();
    });

    it('says what blocks the next gate, and keeps Deploy refused until it is met', async () => {
        await openGithub('ian');
        const stage = screen.getByRole('region', {name: 'Deploy to ci-extensions-release'});
        const blockers = within(stage).getByRole('heading', {name: 'Before this stage can be deployed'}).parentElement;
        expect(blockers).not.toBeNull();
        expect(within(blockers ?? stage).getAllByRole('listitem').length).toBeGreaterThan(0);
        const deploy = within(stage).getByRole('button', {name: 'Mark deployed to ci-extensions-release'});
        expect(deploy).toHaveAccessibleDescription(/cannot be deployed to ci-extensions-release yet; still missing/);
        // The reason is a first line and a real list, not one run-on sentence.
        const reason = document.getElementById(deploy.getAttribute('aria-describedby') ?? '');
        expect(reason).not.toBeNull();
        expect(within(reason ?? stage).getAllByRole('listitem').length).toBeGreaterThan(1);
    });

    it('asks before marking a stage deployed, saying which server, and records it only when confirmed', async () => {
        const h = createHarness({users: CAST, me: 'ian'});
        await h.post('admin', policy(h.users));
        await h.post('alice', register('jira', 'Jira', [h.users.alice ?? '']));
        await finishStageOne((who, draft) => (draft.type === 'stage.deployed' ? Promise.resolve() : h.post(who, draft)), 'jira', 'alice');
        h.store.dispatch(pluginSelected('jira'));
        h.render(<RhsRoot/>);
        await screen.findByRole('heading', {level: 2, name: 'Jira'});
        const stage = screen.getByRole('region', {name: 'Deploy to ci-extensions'});
        await userEvent.click(within(stage).getByRole('button', {name: 'Mark deployed to ci-extensions'}));
        const form = within(stage).getByRole('form', {name: 'Mark Jira deployed to ci-extensions?'});
        expect(form).toHaveTextContent('This records, for everyone, that Jira runs on ci-extensions (https://ci-extensions.example.com/).');
        expect(within(stage).getByText('Ready to deploy')).toBeInTheDocument();
        await userEvent.click(within(form).getByRole('button', {name: 'Confirm deployment'}));
        await within(stage).findByText(/Deployed by @ian/);
    });

    it('signs off: pending while sending, then the slot shows the signer, who may withdraw', async () => {
        const h = await openGithub('quinn', async (harness) => {
            await harness.post('quinn', {type: 'substep.checked', plugin: 'github', item: 'qa-pass', substep: 'functional-testing'});
            await harness.post('quinn', {type: 'evidence.set', plugin: 'github', item: 'qa-pass', field: 'qa-notes', value: 'All good'});
        });
        const release = h.holdAppends();
        await userEvent.click(within(item('QA pass')).getByRole('button', {name: 'Sign off as QA for QA pass'}));
        await userEvent.type(screen.getByLabelText('Note (optional)'), 'tested on 9.11');
        await userEvent.click(screen.getByRole('button', {name: 'Confirm sign-off'}));
        const pending = await screen.findByRole('region', {name: 'Unsaved changes'});
        expect(within(pending).getByText('signed off QA pass')).toBeInTheDocument();
        expect(within(pending).getByText('Sending…')).toBeInTheDocument();
        release();
        await waitFor(() => expect(screen.queryByRole('region', {name: 'Unsaved changes'})).not.toBeInTheDocument());
        const qa = item('QA pass');
        expect(within(qa).getByText(/Signed off by @quinn/)).toBeInTheDocument();
        expect(within(qa).getByText('tested on 9.11')).toBeInTheDocument();
        expect(within(qa).getByRole('button', {name: 'Withdraw sign-off as QA for QA pass'})).toBeInTheDocument();
    });

    it('checks a sub-step with one click, showing it checked while it is sent', async () => {
        const h = await openGithub('quinn');
        const release = h.holdAppends();
        const box = () => within(item('QA pass')).getByRole('checkbox', {name: /Functional testing/});
        await userEvent.click(box());
        expect(box()).toBeChecked();
        expect(box()).toHaveAttribute('aria-busy', 'true');
        release();
        await waitFor(() => expect(box()).not.toHaveAttribute('aria-busy'));
        expect(box()).toBeChecked();
    });

    it('keeps a failed change with its error, and Retry sends it again', async () => {
        const h = await openGithub('quinn');
        // Both tries the session makes (the harness allows two) answer 500.
        h.server.fail('append', {status: 500}, 2);
        await userEvent.click(within(item('QA pass')).getByRole('checkbox', {name: /Functional testing/}));
        const pending = await screen.findByRole('region', {name: 'Unsaved changes'});
        expect(within(pending).getByRole('alert')).toHaveTextContent(/^Not saved: /);
        // Rolled back: the box shows what the tracker holds until the retry lands.
        expect(within(item('QA pass')).getByRole('checkbox', {name: /Functional testing/})).not.toBeChecked();
        await userEvent.click(within(pending).getByRole('button', {name: /^Retry: /}));
        await waitFor(() => expect(within(item('QA pass')).getByRole('checkbox', {name: /Functional testing/})).toBeChecked());
        expect(screen.queryByRole('region', {name: 'Unsaved changes'})).not.toBeInTheDocument();
    });

    it('discards a failed change', async () => {
        const h = await openGithub('quinn');
        // Both tries the session makes (the harness allows two) answer 500.
        h.server.fail('append', {status: 500}, 2);
        await userEvent.click(within(item('QA pass')).getByRole('checkbox', {name: /Functional testing/}));
        const pending = await screen.findByRole('region', {name: 'Unsaved changes'});
        await userEvent.click(within(pending).getByRole('button', {name: /^Discard: /}));
        expect(screen.queryByRole('region', {name: 'Unsaved changes'})).not.toBeInTheDocument();
        expect(within(item('QA pass')).getByRole('checkbox', {name: /Functional testing/})).not.toBeChecked();
    });

    it('never records a change twice: saving again what failed to send re-sends that event, not a new one', async () => {
        const h = await openGithub('quinn');
        // Both tries the session makes write the post and lose the answer (a timeout after the server committed).
        h.server.fail('append', {status: 0, afterCommit: true}, 2);
        await userEvent.click(within(item('QA pass')).getByRole('button', {name: 'Add QA notes for QA pass'}));
        await userEvent.type(within(item('QA pass')).getByLabelText('QA notes'), 'All checked');
        await userEvent.click(within(item('QA pass')).getByRole('button', {name: 'Save'}));
        await screen.findByRole('region', {name: 'Unsaved changes'});
        // The form stays open on the failure; saving it again is the user's retry.
        await userEvent.click(within(item('QA pass')).getByRole('button', {name: 'Save'}));
        await waitFor(() => expect(screen.queryByRole('region', {name: 'Unsaved changes'})).not.toBeInTheDocument());
        const notes = h.server.channelPosts(h.channelId(), h.users.quinn ?? '').filter((post) => JSON.stringify(post.props).includes('All checked'));
        expect(notes).toHaveLength(1);
    });

    it('records evidence inline, validating it, and shows non-http values as text only', async () => {
        await openGithub('quinn');
        const qa = item('QA pass');
        await userEvent.click(within(qa).getByRole('button', {name: 'Add QA notes for QA pass'}));
        await userEvent.click(within(qa).getByRole('button', {name: 'Save'}));
        expect(within(qa).getByLabelText('QA notes')).toHaveAccessibleDescription('Enter a value.');
        await userEvent.type(within(qa).getByLabelText('QA notes'), 'javascript:alert(1)');
        await userEvent.click(within(qa).getByRole('button', {name: 'Save'}));
        const value = await within(item('QA pass')).findByText('javascript:alert(1)');
        expect(value.closest('a')).toBeNull();
        expect(document.querySelector('a[href^="javascript"]')).toBeNull();
    });

    it('refuses a non-URL for a URL field with the fold\'s reason, and Escape closes the form', async () => {
        await openGithub('alice');
        const pm = item('PM/UX review');
        await userEvent.click(within(pm).getByRole('button', {name: 'Add Documentation link for PM/UX review'}));
        await userEvent.type(within(pm).getByLabelText('Documentation link'), 'javascript:alert(1)');
        await userEvent.click(within(pm).getByRole('button', {name: 'Save'}));
        expect(within(pm).getByLabelText('Documentation link')).toHaveAccessibleDescription(/Documentation link/);
        expect(within(pm).getByLabelText('Documentation link')).toHaveAttribute('aria-invalid', 'true');
        await userEvent.keyboard('{Escape}');
        expect(within(pm).queryByLabelText('Documentation link')).not.toBeInTheDocument();
    });

    it('lets admins waive an item with a reason', async () => {
        await openGithub('admin');
        const pm = item('PM/UX review');
        await userEvent.click(within(pm).getByRole('button', {name: 'Waive PM/UX review'}));
        await userEvent.click(within(pm).getByRole('button', {name: 'Waive'}));
        expect(within(pm).getByLabelText('Reason it does not apply')).toHaveAccessibleDescription('Give a reason.');
        await userEvent.type(within(pm).getByLabelText('Reason it does not apply'), 'internal tool');
        await userEvent.click(within(pm).getByRole('button', {name: 'Waive'}));
        expect(await within(item('PM/UX review')).findByText(/Waived by @admin: internal tool/)).toBeInTheDocument();
    });

    it('lists the history newest first, marking refused events with why', async () => {
        await openGithub('alice', async (h) => {
            await h.post('mallory', {type: 'signoff.given', plugin: 'github', item: 'qa-pass', slot: 'signoff'});
        });
        const toggle = screen.getByRole('button', {name: /^History \(\d+\)$/});
        expect(toggle).toHaveAttribute('aria-expanded', 'false');
        await userEvent.click(toggle);
        const entries = within(screen.getByRole('list', {name: 'History'})).getAllByRole('listitem');
        expect(entries[0]).toHaveTextContent(/signed off QA pass/);
        expect(entries[0]).toHaveTextContent(/Rejected: Only .*can sign off QA pass/);
        expect(entries.at(-1)).toHaveTextContent('registered github');
        expect(entries.at(-1)).toHaveTextContent('Accepted');
    });

    it('the history shows values, what each replaced and what a release reopened, and says what it holds', async () => {
        await openGithub('alice', async (h) => {
            await finishStageTwo((who, draft) => h.post(who, draft), 'github', 'alice');
            await h.post('quinn', {type: 'evidence.set', plugin: 'github', item: 'release-qa', field: 'qa-notes', value: 'first look'});
            await h.post('quinn', {type: 'evidence.set', plugin: 'github', item: 'release-qa', field: 'qa-notes', value: 'v1.0.0 verified.'});
            await h.post('quinn', {type: 'signoff.given', plugin: 'github', item: 'release-qa', slot: 'signoff'});
            await h.post('alice', {type: 'release.set', plugin: 'github', version: 'v1.1.0', url: 'https://github.com/example/github/releases/v1.1.0'});
        });
        await userEvent.click(screen.getByRole('button', {name: /^History \(\d+\)$/}));
        expect(screen.getByText(/A change refused before it was sent was never posted, so it is not an event and is not here\./)).toBeInTheDocument();
        const entries = within(screen.getByRole('list', {name: 'History'})).getAllByRole('listitem');
        const release = entries.find((line) => line.textContent?.includes('set release v1.1.0'));
        const reopened = within(release ?? document.body).getByRole('list', {name: 'This reopened'});
        expect(reopened).toHaveTextContent("QA pass on ci-extensions-release of the release to deploy — @quinn's sign-off for v1.0.0");
        const notes = entries.find((line) => line.textContent?.includes('recorded QA notes for QA pass on ci-extensions-release of the release to deploy: v1.0.0 verified.'));
        expect(notes).toHaveTextContent('Replaced: first look');
    });

    it('warns of a licence off the allow-list as it is typed, and beside the value once saved', async () => {
        const h = createHarness({users: CAST, me: 'alice'});
        await h.post('admin', policy(h.users));
        await h.post('alice', register('github', 'GitHub', [h.users.alice ?? '']));
        h.store.dispatch(pluginSelected('github'));
        h.render(<RhsRoot/>);
        await screen.findByRole('heading', {level: 2, name: 'GitHub'});
        const licence = item('Has a compatible licence');
        await userEvent.click(within(licence).getByRole('button', {name: /Licence \(SPDX id\)/}));
        const field = within(licence).getByRole('textbox', {name: 'Licence (SPDX id)'});
        await userEvent.clear(field);
        await userEvent.type(field, 'GPL-3.0');
        expect(within(licence).getByRole('status')).toHaveTextContent("GPL-3.0 is not on this team's licence allow-list (Apache-2.0, MIT): Has a compatible licence cannot be signed off with it.");
        await userEvent.clear(field);
        await userEvent.type(field, 'MIT');
        expect(within(licence).getByRole('status')).toHaveTextContent(/^$/);
        await userEvent.clear(field);
        await userEvent.type(field, 'GPL-3.0');
        await userEvent.click(within(licence).getByRole('button', {name: 'Save'}));
        await waitFor(() => expect(within(licence).queryByRole('textbox')).toBeNull());
        expect(licence).toHaveTextContent("GPL-3.0 is not on this team's licence allow-list");
    });

    it('renders markup in user-written names as inert text', async () => {
        const h = createHarness({users: CAST, me: 'alice'});
        await h.post('alice', register('xss', '<img src=x onerror=alert(1)>', [], 'https://example.com/repo'));
        h.store.dispatch(pluginSelected('xss'));
        h.render(<RhsRoot/>);
        expect(await screen.findByRole('heading', {level: 2, name: '<img src=x onerror=alert(1)>'})).toBeInTheDocument();
        expect(document.querySelector('img')).toBeNull();
    });
});
