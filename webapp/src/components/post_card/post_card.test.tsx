import {screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import React from 'react';

import {EVENT_PROP, POST_TYPE} from '../../domain/events';
import {sealMessage} from '../../domain/seal';
import {RhsRoot} from '../rhs/rhs_root';
import {createTrackerSession} from '../../state/tracker_session';
import {createMemoryStorage} from '../../storage/testing/memory/adapter';
import {createHarness, TEAM_ID, type Harness} from '../shared/testing/harness';
import {CAST, finishStageOne, policy, register} from '../shared/testing/fixtures';

import {PostCard} from './post_card';

/** A post as someone writes it through the API (any channel, any props), returned as the webapp would pass it. */
function rawPost(h: Harness, username: string, fields: {channelId?: string; rootId?: string; type?: string; message?: string; props: Record<string, unknown>}): unknown {
    const userId = h.users[username] ?? '';
    const channelId = fields.channelId ?? h.channelId();
    h.server.join(channelId, userId);
    return h.server.createPost(userId, {
        channel_id: channelId, root_id: fields.rootId ?? '', message: fields.message ?? 'hello', type: fields.type ?? POST_TYPE, props: fields.props, pending_post_id: '',
    });
}

/** A system admin's own client restores what the server keeps copies of. */
async function restoreAsAdmin(h: Harness): Promise<boolean> {
    const adminId = h.users.admin ?? '';
    const session = createTrackerSession({
        store: {dispatch: () => undefined},
        storage: createMemoryStorage(h.server, adminId),
        currentUserId: () => adminId,
        retry: {attempts: 1, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0, sleep: () => Promise.resolve(), random: () => 0},
        reportDelay: () => new Promise(() => undefined),
    });
    const result = await session.restore(TEAM_ID);
    return result.ok && result.restored.length > 0;
}

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

    it('a refusal that lists what a gate still needed: its first line on the line, then a real list', async () => {
        const {h} = await seeded();
        const {postId} = await h.post('ian', {type: 'stage.deployed', plugin: 'github', stage: 'ci-extensions-release'});
        h.render(<PostCard post={postOf(h, postId)}/>);
        const lead = await screen.findByText(/^Rejected: The plugin github cannot be deployed to ci-extensions-release yet; still missing:$/);
        const list = lead.closest('.po-stack')?.querySelector('ul.po-reasons');
        expect(list).not.toBeNull();
        const items = within(list as HTMLElement).getAllByRole('listitem').map((li) => li.textContent);
        expect(items.length).toBeGreaterThan(1);
        expect(items).toContain('Complete code review by two core committers: sign-off (Reviewer) by a core committer');
    });

    it('shows garbage props as the post\'s plain message with an unreadable note', async () => {
        const h = createHarness({users: CAST, me: 'alice'});
        await h.post('admin', policy(h.users));
        const garbage = rawPost(h, 'mallory', {message: '<img src=x onerror=alert(1)> hello', props: {[EVENT_PROP]: {type: 'plugin.registered', name: 5}}});
        h.render(<PostCard post={garbage}/>);
        expect(await screen.findByText('<img src=x onerror=alert(1)> hello')).toBeInTheDocument();
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

describe('PostCard: only the tracker\'s own records are cards', () => {
    const IMPOSTOR = 'Not a plugin-onboard record: this post imitates one and changes nothing.';

    function townSquare(h: Harness): string {
        return h.server.createChannel(h.users.mallory ?? '', {team_id: TEAM_ID, name: 'town-square', display_name: 'Town Square', purpose: '', type: 'O'}).id;
    }

    /** Only the impostor line: no card, no verdict icon, and the post's text as plain text. */
    function expectImpostor(text: string): void {
        expect(screen.getByText(IMPOSTOR)).toBeInTheDocument();
        expect(screen.queryByRole('article')).toBeNull();
        expect(document.querySelector('.icon-check-circle')).toBeNull();
        expect(screen.getByText(text)).toBeInTheDocument();
    }

    it('a post anywhere whose props.type names the plugin\'s type is an imitation, whatever its props hold', async () => {
        const {h, signOff} = await seeded();
        const copied = h.server.post(signOff);
        // mallory copies a real sign-off into town square, with props.type set so the webapp picks the card.
        const fake = rawPost(h, 'mallory', {channelId: townSquare(h), type: '', message: '✅ QA pass signed off', props: {type: POST_TYPE, [EVENT_PROP]: copied?.props?.[EVENT_PROP]}});
        h.render(<PostCard post={fake}/>);
        expectImpostor('✅ QA pass signed off');
    });

    it('a post of the plugin\'s type outside the tracker channel is an imitation', async () => {
        const {h, registration} = await seeded();
        const real = h.server.post(registration);
        const fake = rawPost(h, 'mallory', {channelId: townSquare(h), message: 'GitHub is deployed', props: {[EVENT_PROP]: real?.props?.[EVENT_PROP]}});
        h.render(<PostCard post={fake}/>);
        // The tracker is read first (the post could have been one of its), then the verdict is given.
        expect(await screen.findByText(IMPOSTOR)).toBeInTheDocument();
        expectImpostor('GitHub is deployed');
    });

    it('a post of the tracker that the record does not hold is an imitation, after reading the tracker once more', async () => {
        const {h, refused} = await seeded();
        const post = postOf(h, refused);
        h.server.deletePost(h.users.mallory ?? '', refused);
        const load = jest.spyOn(h.session, 'refresh');
        h.render(<PostCard post={post}/>);
        expect(await screen.findByText(IMPOSTOR)).toBeInTheDocument();
        expect(load).toHaveBeenCalled();
    });

    it('a rewritten post shows its verdict, never a check', async () => {
        const {h, signOff} = await seeded();
        const post = h.server.post(signOff);
        h.server.patchPost(h.users.quinn ?? '', signOff, {props: {...post?.props, [EVENT_PROP]: {...(post?.props?.[EVENT_PROP] as object), substep: 'functional-testing'}}});
        h.render(<PostCard post={postOf(h, signOff)}/>);
        expect(await screen.findByText('Rewritten after posting')).toBeInTheDocument();
        expect(screen.getByText(/^This event was rewritten after it was posted/)).toBeInTheDocument();
        expect(document.querySelector('.icon-check-circle')).toBeNull();
    });

    it('a change on hold says so; the plugin\'s card counts what waits', async () => {
        const {h, registration, signOff} = await seeded();
        const post = h.server.post(signOff);
        h.server.patchPost(h.users.quinn ?? '', signOff, {props: {...post?.props, [EVENT_PROP]: {...(post?.props?.[EVENT_PROP] as object), substep: 'functional-testing'}}});
        const {postId: later} = await h.post('quinn', {type: 'substep.checked', plugin: 'github', item: 'qa-pass', substep: 'release-testing'});
        h.render(
            <>
                <PostCard post={postOf(h, later)}/>
                <PostCard post={postOf(h, registration)}/>
            </>,
        );
        expect(await screen.findByText(/^On hold: this plugin's record has a gap or a rewritten post/)).toBeInTheDocument();
        expect(document.querySelector('.po-line .icon-clock-outline')).not.toBeNull();
        const card = await screen.findByRole('article', {name: 'GitHub'});
        expect(card).toHaveTextContent(/2 changes are on hold: posts of this plugin were deleted or rewritten/);
    });

    it('an event posted outside its plugin\'s thread is shown as misplaced', async () => {
        const {h} = await seeded();
        // Sealed as the plugin seals it, but posted as a root instead of in github's thread.
        const event = {v: 2, id: 'misplacedevent01', seen: {log: null}, type: 'substep.checked', plugin: 'github', item: 'qa-pass', substep: 'functional-testing'};
        const misplaced = rawPost(h, 'quinn', {message: sealMessage('checked a step', event, event), props: {[EVENT_PROP]: event}});
        h.render(<PostCard post={misplaced}/>);
        expect(await screen.findByText('Posted in the wrong place')).toBeInTheDocument();
        expect(document.querySelector('.icon-check-circle')).toBeNull();
    });

    it('a rewritten post a system admin restored shows the original, and says who restored it', async () => {
        const {h, signOff} = await seeded();
        const post = h.server.post(signOff);
        h.server.patchPost(h.users.quinn ?? '', signOff, {props: {...post?.props, [EVENT_PROP]: {...(post?.props?.[EVENT_PROP] as object), substep: 'functional-testing'}}});
        const restored = await restoreAsAdmin(h);
        expect(restored).toBe(true);
        h.render(<PostCard post={postOf(h, signOff)}/>);
        expect(await screen.findByText(/^checked a sub-step of QA pass: Ensure all setup documentation/)).toBeInTheDocument();
        expect(screen.getByText(/^This post was changed after posting; the record holds the original, restored by @admin on /)).toBeInTheDocument();
    });
});

