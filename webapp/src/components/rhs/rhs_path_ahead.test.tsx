// A plugin's page shows the path ahead to its next deployment, in order, with who can take each step:
// the same query as the command's status and the refusals at a gate.
import {screen, within} from '@testing-library/react';
import React from 'react';

import {pluginSelected} from '../../state/actions';
import {createHarness, type Harness} from '../shared/testing/harness';
import {CAST, finishStageOne, finishStageTwo, policy, register} from '../shared/testing/fixtures';

import {RhsRoot} from './rhs_root';

async function openGithub(more: (h: Harness) => Promise<void>): Promise<void> {
    const h = createHarness({users: CAST, me: 'alice'});
    await h.post('admin', policy(h.users));
    await h.post('alice', register('github', 'GitHub', [h.users.alice ?? '']));
    await more(h);
    h.store.dispatch(pluginSelected('github'));
    h.render(<RhsRoot/>);
    await screen.findByRole('heading', {level: 2, name: 'GitHub'});
}

function pathSteps(environment: string): string[] {
    const path = screen.getByRole('region', {name: `Path ahead to ${environment}, in order`});
    return within(path).getAllByRole('listitem').map((step) => step.textContent ?? '');
}

describe('the path ahead on a plugin\'s page', () => {
    it('lists, in order, what the next deployment still needs and who can do it, ending with the deployment', async () => {
        await openGithub(async () => undefined);
        const steps = pathSteps('ci-extensions');
        expect(steps[0]).toMatch(/^Basic Code Review passed: Provide evidence: Introduction post — Plugin owners: @alice$/);
        expect(steps).toContain('Basic Code Review passed: Sign off — Core committers: @carol, @dave');
        expect(steps.at(-1)).toBe('Deploy to ci-extensions — Integrations team: @ian');
    });

    it('after a new release, deploying it to ci-extensions-release comes first, then its QA, then community', async () => {
        await openGithub(async (h) => {
            const post = (who: string, draft: Parameters<Harness['post']>[1]) => h.post(who, draft);
            await finishStageOne(post, 'github', 'alice');
            await finishStageTwo(post, 'github', 'alice');
            await h.post('alice', {type: 'release.set', plugin: 'github', version: 'v1.0.1', url: 'https://github.com/example/github/releases/v1.0.1'});
        });
        expect(pathSteps('community.mattermost.com')).toEqual([
            'Deploy v1.0.1 to ci-extensions-release — Integrations team: @ian',
            'QA pass on ci-extensions-release of the release to deploy: Provide evidence: QA notes — QA team: @quinn',
            'QA pass on ci-extensions-release of the release to deploy: Sign off — QA team: @quinn',
            'Deploy v1.0.1 to community.mattermost.com — Integrations team: @ian',
        ]);
    });
});
