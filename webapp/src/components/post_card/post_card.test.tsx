import {screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import React from 'react';

import {EVENT_PROP} from '../../domain/events';
import {RhsRoot} from '../rhs/rhs_root';
import {selectPlugin} from '../../state/rhs_selection';
import {createHarness, type Harness} from '../shared/testing/harness';
import {CAST, finishStageOne, policy, register} from '../shared/testing/fixtures';

import {PostCard} from './post_card';

beforeEach(() => selectPlugin(null));

/** The post exactly as the channel holds it, as the webapp would pass it to the component. */
function postOf(h: Harness, postId: string): unknown {
    return h.server.post(postId);
}

async function seeded(): Promise<{h: Harness; registration: string; signOff: string; refused: string}> {
    const h = createHarness({users: CAST, me: 'alice'});
    await h.post('admin', policy(h.users));
    const {postId: registration} = await h.post('alice', register('github', 'GitHub', [h.users.alice ?? '']));
    await finishStageOne((who, draft) => h.post(who, draft), 'github', 'alice');
    const {postId: signOff} = await h.post('quinn', {type: 'substep.checked', plugin: 'github', item: 'qa-pass', substep: 'setup-docs'});
    const {postId: refused} = await h.post('mallory', {type: 'signoff.given', plugin: 'github', item: 'qa-pass', slot: 'signoff'});
    return {h, registration, signOff, refused};
}

describe('PostCard', () => {
    it('renders a registration as a live progress card, loading the tracker first', async () => {
        const {h, registration} = await seeded();
        h.render(<PostCard post={postOf(h, registration)}/>);
        expect(screen.getByRole('status')).toHaveTextContent('Loading plugin progress…');
        const card = await screen.findByRole('article', {name: 'GitHub'});
        const bars = within(card).getAllByRole('progressbar');
        expect(bars.map((bar) => bar.getAttribute('aria-valuenow'))).toEqual(['3', '0', '0']);
        expect(card).toHaveTextContent('Now: Deploy to ci-extensions-release');
        expect(card).toHaveTextContent(/Waiting on /);
        expect(within(card).getByRole('link', {name: 'https://github.com/example/github'})).toBeInTheDocument();
    });

    it('opens the panel on its plugin when clicked', async () => {
        const {h, registration} = await seeded();
        h.render(
            <>
                <PostCard post={postOf(h, registration)}/>
                <RhsRoot/>
            </>,
        );
        await userEvent.click(await screen.findByRole('button', {name: 'Open GitHub in the checklist'}));
        expect(h.showRhs).toHaveBeenCalledTimes(1);
        expect(await screen.findByRole('heading', {level: 2, name: 'GitHub'})).toBeInTheDocument();
    });

    it('follows new events live', async () => {
        const {h, registration} = await seeded();
        h.live();
        h.render(<PostCard post={postOf(h, registration)}/>);
        const card = await screen.findByRole('article', {name: 'GitHub'});
        await h.post('admin', {type: 'plugin.archived', plugin: 'github', reason: 'done'});
        expect(await within(card).findByText('Archived')).toBeInTheDocument();
    });

    it('renders a reply as one line', async () => {
        const {h, signOff} = await seeded();
        h.render(<PostCard post={postOf(h, signOff)}/>);
        const line = await screen.findByText(/^checked a sub-step of QA pass/);
        expect(line.parentElement).not.toHaveTextContent('Rejected');
    });

    it('marks a reply the fold refused, with why', async () => {
        const {h, refused} = await seeded();
        h.render(<PostCard post={postOf(h, refused)}/>);
        expect(await screen.findByText(/^Rejected: Only .*can sign off QA pass/)).toBeInTheDocument();
        expect(screen.getByText('signed off QA pass')).toBeInTheDocument();
    });

    it('shows garbage props as the post\'s plain message with an unreadable note', () => {
        const h = createHarness({users: CAST, me: 'alice'});
        h.render(<PostCard post={{id: 'p1', message: '<img src=x onerror=alert(1)> hello', props: {[EVENT_PROP]: {type: 'plugin.registered', name: 5}}}}/>);
        expect(screen.getByText('<img src=x onerror=alert(1)> hello')).toBeInTheDocument();
        expect(screen.getByText('unreadable event')).toBeInTheDocument();
        expect(document.querySelector('img')).toBeNull();
    });

    it('renders a second registration of the same id as a refused line, not a second card', async () => {
        const {h} = await seeded();
        const {postId} = await h.post('mallory', register('github', 'Impostor', []));
        h.render(<PostCard post={postOf(h, postId)}/>);
        expect(await screen.findByText(/^Rejected: /)).toBeInTheDocument();
        expect(screen.queryByRole('article')).not.toBeInTheDocument();
    });
});
