// Every list of buttons the panel shows names each button apart: a screen reader lists a page's
// buttons by name, so two that share one ("Retry", "Sign off as Integrations team") cannot be told
// apart there. Each case fills one view with the most buttons it can have.
import {screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import React from 'react';

import {EVENT_PROP, type EventDraft} from '../../domain/events';
import {pluginSelected} from '../../state/actions';
import {createHarness, type Harness} from '../shared/testing/harness';
import {CAST, finishStageOne, policy, register} from '../shared/testing/fixtures';

import {RhsRoot} from './rhs_root';

/**
 * Names more than one button answers to. Each button's name is looked up again by its accessible
 * name, as a screen reader computes it: a name written one way and computed another fails too.
 */
function sharedButtonNames(): string[] {
    const names = screen.getAllByRole('button').map((button) => (button.getAttribute('aria-label') ?? button.textContent ?? '').trim());
    return [...new Set(names.filter((name) => screen.getAllByRole('button', {name}).length !== 1))];
}

async function twoPlugins(me: keyof typeof CAST): Promise<Harness> {
    const h = createHarness({users: CAST, me});
    await h.post('admin', policy(h.users));
    for (const [plugin, name] of [['github', 'GitHub'], ['jira', 'Jira']] as const) {
        await h.post('alice', register(plugin, name, [h.users.alice ?? '']));
        await finishStageOne((who, draft) => h.post(who, draft), plugin, 'alice');
    }
    return h;
}

async function openGithub(h: Harness): Promise<void> {
    h.store.dispatch(pluginSelected('github'));
    h.render(<RhsRoot/>);
    await screen.findByRole('heading', {level: 2, name: 'GitHub'});
    // Every stage open: a deployed stage's items are folded away until asked for.
    for (const show of screen.queryAllByRole('button', {name: /^Show its \d+ items$/})) {
        await userEvent.click(show);
    }
}

describe('no two buttons of a panel view share a name', () => {
    it("a plugin's page as a system admin, every stage open: sign-offs, evidence, waivers and deployments each name their item or stage", async () => {
        const h = await twoPlugins('admin');
        await openGithub(h);
        expect(screen.getAllByRole('button', {name: /^Waive /}).length).toBeGreaterThanOrEqual(5);
        expect(sharedButtonNames()).toEqual([]);
    });

    it("a plugin's page as its owner with two changes that failed to save: each Retry and Discard names its change", async () => {
        const h = await twoPlugins('alice');
        await openGithub(h);
        // Both tries the session makes for each change answer 500.
        h.server.fail('append', {status: 500}, 4);
        const pm = screen.getByRole('article', {name: 'PM/UX review'});
        await userEvent.click(within(pm).getByRole('checkbox', {name: /one paragraph summary/}));
        await waitFor(() => expect(within(screen.getByRole('region', {name: 'Unsaved changes'})).getAllByRole('button', {name: /^Retry/})).toHaveLength(1));
        await userEvent.click(within(pm).getByRole('checkbox', {name: /main use cases/}));
        const pending = screen.getByRole('region', {name: 'Unsaved changes'});
        await waitFor(() => expect(within(pending).getAllByRole('button', {name: /^Retry/})).toHaveLength(2));
        expect(within(pending).getAllByRole('button', {name: /^Discard/})).toHaveLength(2);
        expect(sharedButtonNames()).toEqual([]);
    });

    it('the list with two changes of mine refused after all: each Dismiss names its change', async () => {
        const h = await twoPlugins('dave');
        for (const plugin of ['github', 'jira']) {
            const withdraw: EventDraft = {type: 'signoff.withdrawn', plugin, item: 'basic-review', slot: 'signoff'};
            await h.post('carol', withdraw);
        }
        h.live();
        h.render(<RhsRoot/>);
        await screen.findByRole('button', {name: 'Open GitHub'});
        // carol signs first each time; dave's sign-offs, sent at the same time, are refused.
        for (const plugin of ['github', 'jira']) {
            const signOff: EventDraft = {type: 'signoff.given', plugin, item: 'basic-review', slot: 'signoff'};
            await h.post('carol', signOff);
            await h.post('dave', signOff);
        }
        await waitFor(() => expect(screen.getAllByRole('button', {name: /^Dismiss/})).toHaveLength(2));
        expect(sharedButtonNames()).toEqual([]);
    });

    it('the list and a plugin\'s page as a system admin when the record was rewritten: restore and accept are said once per view', async () => {
        const h = await twoPlugins('admin');
        // alice rewrites her evidence's props through the API afterwards: the record marks it.
        const {postId} = await h.post('alice', {type: 'evidence.set', plugin: 'github', item: 'pm-ux-review', field: 'summary', value: 'Connects GitHub.'});
        const post = h.server.post(postId);
        const event = post?.props?.[EVENT_PROP] as Record<string, unknown>;
        h.server.patchPost(h.users.alice ?? '', postId, {props: {...post?.props, [EVENT_PROP]: {...event, value: 'Something else.'}}});
        h.render(<RhsRoot/>);
        await screen.findByRole('button', {name: "Restore from the server's copies"});
        expect(sharedButtonNames()).toEqual([]);
        await userEvent.click(screen.getByRole('button', {name: 'Open GitHub'}));
        await screen.findByRole('heading', {level: 2, name: 'GitHub'});
        expect(sharedButtonNames()).toEqual([]);
    });
});
