import {screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import React from 'react';

import {EVENT_PROP} from '../../domain/events';
import {pluginSelected} from '../../state/actions';
import {createHarness, type Harness} from '../shared/testing/harness';
import {CAST, policy, register} from '../shared/testing/fixtures';

import {RhsRoot} from './rhs_root';

/** github (alice's): basic review ready and signed by carol, then more of alice's work after it. */
async function reviewed(me: keyof typeof CAST): Promise<{h: Harness; signOff: string}> {
    const h = createHarness({users: CAST, me});
    await h.post('admin', policy(h.users));
    await h.post('alice', register('github', 'GitHub', [h.users.alice ?? '']));
    await h.post('alice', {type: 'substep.checked', plugin: 'github', item: 'basic-review', substep: 'introduction'});
    await h.post('alice', {type: 'substep.checked', plugin: 'github', item: 'basic-review', substep: 'review-pr'});
    await h.post('alice', {type: 'evidence.set', plugin: 'github', item: 'basic-review', field: 'introduction-post', value: 'https://community.example.com/pl/intro'});
    const {postId: signOff} = await h.post('carol', {type: 'signoff.given', plugin: 'github', item: 'basic-review', slot: 'signoff'});
    await h.post('alice', {type: 'evidence.set', plugin: 'github', item: 'licence', field: 'spdx', value: 'MIT'});
    return {h, signOff};
}

/** carol rewrites her sign-off's props through the API; the message (and edit_at) stay as they were. */
function rewrite(h: Harness, postId: string): void {
    const post = h.server.post(postId);
    const event = post?.props?.[EVENT_PROP] as Record<string, unknown>;
    h.server.patchPost(h.users.carol ?? '', postId, {props: {...post?.props, [EVENT_PROP]: {...event, item: 'ci-master'}}});
}

function banner(): HTMLElement {
    return screen.getByRole('region', {name: /^Posts of this tracker were deleted or rewritten/});
}

describe('the record\'s integrity in the panel', () => {
    it('shows a banner with one line of what happened, a list of marks in words, and whom to ask', async () => {
        const {h, signOff} = await reviewed('alice');
        rewrite(h, signOff);
        h.render(<RhsRoot/>);
        const region = await screen.findByRole('region', {name: /^Posts of this tracker were deleted or rewritten: 1 change is on hold\.$/});
        // The first line is also a live status, so a screen reader hears it when it appears.
        expect(within(region).getByRole('status')).toHaveTextContent('Posts of this tracker were deleted or rewritten: 1 change is on hold.');
        const marks = within(within(region).getByRole('list', {name: 'What was deleted or rewritten'})).getAllByRole('listitem');
        expect(marks.map((li) => li.textContent)).toEqual([expect.stringMatching(/^A sign-off on GitHub by @carol \(.+\) was rewritten after posting\.$/)]);
        // Not an id in sight: names and words only.
        expect(region.textContent).not.toContain(signOff);
        expect(within(region).getByText(/^Ask a system admin: @admin\. They can restore/)).toBeInTheDocument();
        expect(within(region).queryByRole('button', {name: "Restore from the server's copies"})).toBeNull();
    });

    it('the plugin page shows its marks, how many changes wait, and the verdicts in the history', async () => {
        const {h, signOff} = await reviewed('alice');
        rewrite(h, signOff);
        h.store.dispatch(pluginSelected('github'));
        h.render(<RhsRoot/>);
        const section = await screen.findByRole('region', {name: "This plugin's record was changed after posting"});
        expect(within(section).getByText('1 change is on hold until a system admin restores the missing posts or accepts the loss.')).toBeInTheDocument();
        expect(within(section).getByRole('listitem')).toHaveTextContent(/^A sign-off on GitHub by @carol .* was rewritten after posting\.$/);
        await userEvent.click(screen.getByRole('button', {name: /^History \(\d+\)$/}));
        const lines = within(screen.getByRole('list', {name: 'History'})).getAllByRole('listitem');
        // Newest first: alice's licence evidence waits; carol's rewritten sign-off counts for nothing.
        expect(lines[0]).toHaveTextContent(/^On hold: recorded Licence \(SPDX id\)/);
        expect(lines[0]).toHaveTextContent(/On hold: this plugin's record has a gap or a rewritten post/);
        expect(lines[0]?.querySelector('.icon-clock-outline')).not.toBeNull();
        expect(lines[1]).toHaveTextContent(/Rewritten after posting: .*signed off/);
        expect(lines[1]).toHaveTextContent(/Rewritten after posting This event was rewritten after it was posted/);
        expect(lines.filter((li) => li.querySelector('.icon-check-circle')).length).toBe(lines.length - 2);
    });

    it('a system admin restores from the server\'s copies: the banner goes and the history says who restored what', async () => {
        const {h, signOff} = await reviewed('admin');
        rewrite(h, signOff);
        h.render(<RhsRoot/>);
        await screen.findByRole('region', {name: /^Posts of this tracker were deleted or rewritten/});
        await userEvent.click(within(banner()).getByRole('button', {name: "Restore from the server's copies"}));
        expect(await screen.findByText("Restored 1 post from the server's copies.")).toBeInTheDocument();
        await waitFor(() => expect(screen.queryByRole('region', {name: /^Posts of this tracker were deleted or rewritten/})).toBeNull());
        await userEvent.click(screen.getByRole('button', {name: 'Open GitHub'}));
        await userEvent.click(await screen.findByRole('button', {name: /^History \(\d+\)$/}));
        const restored = within(screen.getByRole('list', {name: 'History'})).getAllByRole('listitem').find((li) => /signed off Basic Code Review/.test(li.textContent ?? ''));
        expect(restored).toHaveTextContent(/Restored by @admin on /);
        expect(restored?.querySelector('.icon-check-circle')).not.toBeNull();
    });

    it('a system admin accepts a loss with a reason and a confirm step; it then reads as resolved, not as an alert', async () => {
        const {h, signOff} = await reviewed('admin');
        // carol deletes her sign-off; alice's client saw it go and says so in the record.
        const deleted = h.server.post(signOff);
        h.server.deletePost(h.users.carol ?? '', signOff);
        await h.post('alice', {
            type: 'integrity.reported',
            deleted: {post: signOff, at: deleted?.create_at ?? 0, by: h.users.carol ?? '', type: 'signoff.given', plugin: 'github'},
        });
        h.render(<RhsRoot/>);
        const region = await screen.findByRole('region', {name: /^Posts of this tracker were deleted or rewritten/});
        expect(within(region).getAllByRole('listitem')[0]).toHaveTextContent(/^A sign-off on GitHub by @carol \(.+\) is missing: its post was deleted\. Noticed by @alice's client\.$/);
        await userEvent.click(within(region).getByRole('button', {name: 'Accept the loss…'}));
        const form = screen.getByRole('form', {name: 'Accept the loss of 1 post'});
        await userEvent.click(within(form).getByRole('button', {name: 'Continue'}));
        expect(within(form).getByLabelText('Why the loss is accepted (kept in the record)')).toHaveAccessibleDescription('Give a reason.');
        await userEvent.type(within(form).getByLabelText('Why the loss is accepted (kept in the record)'), 'carol withdrew it on purpose');
        await userEvent.click(within(form).getByRole('button', {name: 'Continue'}));
        const confirm = screen.getByRole('group', {name: 'Accept the loss of 1 post'});
        expect(confirm).toHaveTextContent('What waited on this post goes ahead, judged on what the record still holds. This cannot be undone.');
        expect(within(confirm).getByRole('button', {name: 'Accept the loss'})).toHaveFocus();
        await userEvent.keyboard('{Enter}');
        await waitFor(() => expect(screen.queryByRole('region', {name: /^Posts of this tracker were deleted or rewritten/})).toBeNull());
        expect(screen.queryByRole('alert')).toBeNull();
        await userEvent.click(screen.getByRole('button', {name: 'Resolved record changes (1)'}));
        expect(screen.getByRole('list', {name: 'Resolved record changes (1)'})).toHaveTextContent(/is missing: its post was deleted\..*Accepted by @admin on .+: carol withdrew it on purpose/);
    });

    it('tells me when a change of mine turns out not recorded after all: someone signed first', async () => {
        const h = createHarness({users: CAST, me: 'dave'});
        await h.post('admin', policy(h.users));
        await h.post('alice', register('github', 'GitHub', [h.users.alice ?? '']));
        await h.post('alice', {type: 'substep.checked', plugin: 'github', item: 'basic-review', substep: 'introduction'});
        await h.post('alice', {type: 'substep.checked', plugin: 'github', item: 'basic-review', substep: 'review-pr'});
        await h.post('alice', {type: 'evidence.set', plugin: 'github', item: 'basic-review', field: 'introduction-post', value: 'https://community.example.com/pl/intro'});
        // Refused before this page session began: not news.
        await h.post('dave', {type: 'signoff.given', plugin: 'github', item: 'licence', slot: 'signoff'});
        h.live();
        h.render(<RhsRoot/>);
        await screen.findByRole('button', {name: 'Open GitHub'});
        // carol's sign-off lands first; dave's, sent at the same time, is refused.
        await h.post('carol', {type: 'signoff.given', plugin: 'github', item: 'basic-review', slot: 'signoff'});
        await h.post('dave', {type: 'signoff.given', plugin: 'github', item: 'basic-review', slot: 'signoff'});
        const notice = await screen.findByRole('alert');
        expect(notice).toHaveTextContent(/^Your sign-off of Basic Code Review passed on GitHub was not recorded after all: @carol signed it first\.$/);
        expect(screen.getAllByRole('alert')).toHaveLength(1);
        await userEvent.click(screen.getByRole('button', {name: /^Dismiss: /}));
        expect(screen.queryByRole('alert')).toBeNull();
    });
});
