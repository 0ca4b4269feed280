import {screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import React from 'react';

import {createHarness, type Harness} from '../shared/testing/harness';
import {CAST, finishStageOne, policy, register} from '../shared/testing/fixtures';

import {RhsRoot} from './rhs_root';

/** github: alice's, finished stage one; jira: mallory's, at the start; zoom: alice's, archived. */
async function seed(h: Harness): Promise<void> {
    const id = (name: string) => h.users[name] ?? '';
    await h.post('admin', policy(h.users));
    await h.post('alice', register('github', 'GitHub', [id('alice')]));
    await h.post('mallory', register('jira', 'Jira', [id('mallory')]));
    await h.post('alice', register('zoom', 'Zoom', [id('alice')]));
    await h.post('admin', {type: 'plugin.archived', plugin: 'zoom', reason: 'abandoned'});
    await finishStageOne((who, draft) => h.post(who, draft), 'github', 'alice');
}

function groups(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const region of within(screen.getByRole('region', {name: 'Plugin onboarding'})).queryAllByRole('region')) {
        const title = within(region).getByRole('heading', {level: 3}).textContent ?? '';
        out[title.replace(/\s*\d+ plugins?$/, '')] = within(region).getAllByRole('button').map((b) => b.getAttribute('aria-label') ?? '');
    }
    return out;
}

describe('RHS plugin list', () => {
    it('groups plugins by their current stage, with a progress bar per stage', async () => {
        const h = createHarness({users: CAST, me: 'quinn'});
        await seed(h);
        h.render(<RhsRoot/>);
        await screen.findByRole('button', {name: 'Open GitHub'});
        expect(groups()).toEqual({
            'Deploy to ci-extensions': ['Open Jira'],
            'Deploy to ci-extensions-release': ['Open GitHub'],
            Archived: ['Open Zoom'],
        });
        const github = screen.getByRole('button', {name: 'Open GitHub'});
        const bars = within(github).getAllByRole('progressbar');
        expect(bars).toHaveLength(3);
        expect(bars[0]).toHaveAccessibleName('Deploy to ci-extensions: 3 of 3 done');
        expect(bars[0]).toHaveAttribute('aria-valuenow', '3');
        expect(bars[0]).toHaveAttribute('aria-valuemax', '3');
        expect(bars[1]).toHaveAttribute('aria-valuenow', '0');
    });

    it('filters by stage, by mine, and by waiting on me', async () => {
        const h = createHarness({users: CAST, me: 'alice'});
        await seed(h);
        h.render(<RhsRoot/>);
        await screen.findByRole('button', {name: 'Open GitHub'});

        await userEvent.selectOptions(screen.getByRole('combobox', {name: 'Stage'}), 'ci-extensions');
        expect(groups()).toEqual({'Deploy to ci-extensions': ['Open Jira']});
        await userEvent.selectOptions(screen.getByRole('combobox', {name: 'Stage'}), 'all');

        await userEvent.click(screen.getByRole('checkbox', {name: 'Mine'}));
        expect(groups()).toEqual({'Deploy to ci-extensions-release': ['Open GitHub'], Archived: ['Open Zoom']});
        await userEvent.click(screen.getByRole('checkbox', {name: 'Mine'}));

        // alice owns github, whose open work includes author steps; jira is mallory's, zoom is archived.
        await userEvent.click(screen.getByRole('checkbox', {name: 'Waiting on me'}));
        expect(groups()).toEqual({'Deploy to ci-extensions-release': ['Open GitHub']});
    });

    it('sorts by longest waiting, and says since when each has waited on whom', async () => {
        const h = createHarness({users: CAST, me: 'alice'});
        const id = (name: string) => h.users[name] ?? '';
        await h.post('admin', policy(h.users));
        await h.post('alice', register('alpha', 'Alpha', [id('alice')]));
        await h.post('alice', register('beta', 'Beta', [id('alice')]));
        // Beta reaches stage two first, so there it has waited longer, although Alpha was registered first.
        await finishStageOne((who, draft) => h.post(who, draft), 'beta', 'alice');
        await finishStageOne((who, draft) => h.post(who, draft), 'alpha', 'alice');
        h.render(<RhsRoot/>);
        await screen.findByRole('button', {name: 'Open Alpha'});
        expect(groups()).toEqual({'Deploy to ci-extensions-release': ['Open Alpha', 'Open Beta']});
        await userEvent.selectOptions(screen.getByRole('combobox', {name: 'Sort'}), 'waiting');
        expect(groups()).toEqual({'Deploy to ci-extensions-release': ['Open Beta', 'Open Alpha']});
        expect(screen.getByRole('button', {name: 'Open Alpha'})).toHaveTextContent(/Next: .+ — .+ · waiting on them since .+ ago$/);
    });

    it('counts a plugin you registered for others as yours, as the command\'s --mine does', async () => {
        const h = createHarness({users: CAST, me: 'pat'});
        await seed(h);
        await h.post('pat', register('gitlab', 'GitLab', [h.users.alice ?? '']));
        h.render(<RhsRoot/>);
        await screen.findByRole('button', {name: 'Open GitLab'});
        await userEvent.click(screen.getByRole('checkbox', {name: 'Mine'}));
        expect(groups()).toEqual({'Deploy to ci-extensions': ['Open GitLab']});
    });

    it('searches by name or id, and says when nothing matches', async () => {
        const h = createHarness({users: CAST, me: 'alice'});
        await seed(h);
        h.render(<RhsRoot/>);
        const search = await screen.findByRole('searchbox', {name: 'Search plugins by name or id'});
        await userEvent.type(search, 'JIR');
        expect(groups()).toEqual({'Deploy to ci-extensions': ['Open Jira']});
        await userEvent.clear(search);
        await userEvent.type(search, 'github');
        expect(groups()).toEqual({'Deploy to ci-extensions-release': ['Open GitHub']});
        await userEvent.type(search, 'zzz');
        expect(screen.getByText('No plugins match these filters.')).toBeInTheDocument();
    });

    it('opens a plugin and comes back', async () => {
        const h = createHarness({users: CAST, me: 'alice'});
        await seed(h);
        h.render(<RhsRoot/>);
        await userEvent.click(await screen.findByRole('button', {name: 'Open Jira'}));
        expect(screen.getByRole('heading', {level: 2, name: 'Jira'})).toBeInTheDocument();
        await userEvent.click(screen.getByRole('button', {name: 'Back to all plugins'}));
        expect(screen.getByRole('button', {name: 'Open Jira'})).toBeInTheDocument();
    });

    it('shows other users\' changes live, without reloading', async () => {
        const h = createHarness({users: CAST, me: 'alice'});
        await seed(h);
        h.live();
        h.render(<RhsRoot/>);
        await screen.findByRole('button', {name: 'Open GitHub'});
        await h.post('pat', register('gitlab', 'GitLab', []));
        expect(await screen.findByRole('button', {name: 'Open GitLab'})).toBeInTheDocument();
    });
});
