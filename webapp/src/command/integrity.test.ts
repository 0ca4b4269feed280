// /plugin-onboard integrity, restore and accept, run as real users through the parser, the session
// and the in-memory Mattermost (props-only edits leave edit_at 0; deleted posts keep server copies).
import {EVENT_PROP} from '../domain/events';

import {makeWorld, STANDARD_ROLES, TEAM, type World} from './testing/world';

const REPO = 'https://github.com/mattermost/mattermost-plugin-github';
const URL = (path: string) => `https://example.com/github/${path}`;

/** github (named with Markdown in it) with frank's basic review signed, then alice's next step. */
async function reviewed(): Promise<{world: World; signOff: string; channelId: string}> {
    const world = makeWorld();
    await world.ok('admin', 'setup');
    await world.setPolicy(STANDARD_ROLES);
    await world.ok('alice', `add github ${REPO} --name "Git*Hub*" --owner @alice`);
    await world.ok('alice', `evidence github basic-review introduction-post ${URL('intro')}`);
    await world.ok('alice', 'check github basic-review.introduction');
    await world.ok('alice', 'check github basic-review.review-pr');
    await world.ok('frank-core', 'signoff github basic-review');
    const channelId = (await world.session('admin').open(TEAM)).channelId ?? '';
    const signOff = world.server.channelPosts(channelId, world.ids.admin).find((post) => post.user_id === world.ids['frank-core'])?.id ?? '';
    await world.ok('alice', `evidence github licence spdx MIT`);
    return {world, signOff, channelId};
}

/** frank rewrites his sign-off's props through the API; the message, and so edit_at, stay. */
function rewrite(world: World, postId: string): void {
    const post = world.server.post(postId);
    world.server.patchPost(world.ids['frank-core'], postId, {props: {...post?.props, [EVENT_PROP]: {...(post?.props?.[EVENT_PROP] as object), item: 'qa-pass'}}});
}

describe('integrity', () => {
    it('says so when nothing was deleted or rewritten', async () => {
        const {world} = await reviewed();
        expect(await world.ok('alice', 'integrity')).toBe('No post of the tracker was deleted or rewritten after posting, as far as the record shows: nothing waits.');
    });

    it('lists the marks in the panel\'s words, names not ids, user text escaped, and whom to ask', async () => {
        const {world, signOff} = await reviewed();
        rewrite(world, signOff);
        const text = await world.ok('alice', 'integrity');
        expect(text.split('\n')).toEqual([
            '**Posts of this tracker were deleted or rewritten: 1 change is on hold.**',
            expect.stringMatching(/^- A sign-off on Git\\\*Hub\\\* by @frank-core \(2026-11-2\d \d\d:\d\d UTC\) was rewritten after posting\.$/),
            '',
            'Ask a system admin: @admin. They can restore the posts from the server\'s copies or accept the loss.',
        ]);
        expect(text).not.toContain(signOff);
    });
});

describe('restore', () => {
    it('is refused to others, saying who can', async () => {
        const {world, signOff} = await reviewed();
        rewrite(world, signOff);
        expect(await world.error('alice', 'restore')).toBe(
            'Only system admins can restore deleted or rewritten posts from the server\'s copies: Mattermost shows deleted posts to them alone. ' +
            'Ask a system admin: @admin. They can restore the posts from the server\'s copies or accept the loss.');
        expect((await world.session('alice').open(TEAM)).state.integrity.marks).toHaveLength(1);
    });

    it('a system admin puts the original back: the reply says what, and the record is whole again', async () => {
        const {world, signOff} = await reviewed();
        rewrite(world, signOff);
        // The admin's listing carries the post ids `accept` takes.
        expect(await world.ok('admin', 'integrity')).toContain(`(post \`${signOff}\`)`);
        const text = await world.ok('admin', 'restore');
        expect(text.split('\n')).toEqual([
            'Restored 1 post from the server\'s copies.',
            expect.stringMatching(/^- A sign-off on Git\\\*Hub\\\* by @frank-core \(2026-11-2\d \d\d:\d\d UTC\)$/),
        ]);
        expect(await world.ok('alice', 'integrity')).toMatch(/^No post of the tracker was deleted or rewritten/);
        expect(await world.ok('alice', 'status github')).toContain('Deploy to ci-extensions');
    });
});

describe('accept', () => {
    /** alice deletes her newest evidence; her client saw it go and reports it, as clients do. */
    async function deleted(): Promise<{world: World; signOff: string}> {
        const {world} = await reviewed();
        await world.ok('alice', 'evidence github ci-master ci-request https://example.com/ci');
        const channelId = (await world.session('admin').open(TEAM)).channelId ?? '';
        const newest = world.server.channelPosts(channelId, world.ids.admin)[0];
        world.server.deletePost(world.ids.alice, newest?.id ?? '');
        const reported = await world.session('alice').submit(TEAM, {
            type: 'integrity.reported',
            deleted: {post: newest?.id ?? '', at: newest?.create_at ?? 0, by: world.ids.alice, type: 'evidence.set', plugin: 'github'},
        });
        expect(reported.ok).toBe(true);
        return {world, signOff: newest?.id ?? ''};
    }

    it('a system admin accepts the loss with a reason; the listing then shows it resolved', async () => {
        const {world, signOff} = await deleted();
        const before = await world.ok('admin', 'integrity');
        expect(before).toContain(`(post \`${signOff}\`)`);
        expect(before).toMatch(/- Evidence for Git\\\*Hub\\\* by @alice \(.+\) is missing: its post was deleted\. Noticed by @alice's client\./);
        const text = await world.ok('admin', `accept ${signOff} --reason "deleted by mistake; the *link* is in the PR"`);
        expect(text.split('\n')).toEqual([
            'The loss is accepted; what waited on it goes ahead.',
            expect.stringMatching(/^- Evidence for Git\\\*Hub\\\* by @alice .* is missing: its post was deleted\./),
            'Reason kept in the record: deleted by mistake; the \\*link\\* is in the PR',
        ]);
        const after = await world.ok('alice', 'integrity');
        expect(after).toMatch(/^No post of the tracker was deleted or rewritten/);
        expect(after).toMatch(/Resolved record changes \(1\):\n- Evidence for .* is missing: its post was deleted\..* Accepted by @admin on 2026-11-2\d: deleted by mistake; the \\\*link\\\* is in the PR$/);
    });

    it('is refused to others, and for posts no open mark names, and is checked before anything is sent', async () => {
        const {world, signOff} = await deleted();
        expect(await world.error('alice', `accept ${signOff} --reason "mine"`)).toMatch(/^Only system admins can accept the loss of posts in the record: .* Ask a system admin: @admin\./);
        expect(await world.error('admin', 'accept zzzzzzzzzzzzzzzzzzzzzzzzzz --reason "x"')).toMatch(/^No open mark of the record names post zzzzzzzzzzzzzzzzzzzzzzzzzz, so nothing was accepted\. See `\/plugin-onboard integrity`/);
        expect(await world.error('admin', 'accept --reason "x"')).toMatch(/^Missing `<post-id>`\./);
        expect(await world.error('admin', 'accept not-an-id --reason "x"')).toMatch(/^`not-an-id` is not a post id/);
        expect(await world.error('admin', `accept ${signOff}`)).toMatch(/^Missing `--reason`/);
        expect(await world.error('admin', `accept ${signOff} --reason "  "`)).toMatch(/^`--reason` is empty/);
        expect((await world.session('admin').open(TEAM)).state.integrity.marks.every((mark) => mark.accepted === null)).toBe(true);
    });
});

describe('help', () => {
    it('describes the three commands', async () => {
        const world = makeWorld();
        const overview = await world.ok('alice', 'help');
        expect(overview).toContain('`/plugin-onboard integrity` — List what was deleted or rewritten');
        expect(overview).toContain('`/plugin-onboard restore` — Put back deleted and rewritten posts');
        expect(overview).toContain('`/plugin-onboard accept <post-id>… --reason "…"` — Accept the loss');
    });
});
