// The panel's hand-off button: the request for the Integrations team, copied, and their channel opened.
import {screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import React from 'react';

import {pluginSelected} from '../../state/actions';
import {createHarness, type Harness} from '../shared/testing/harness';
import {CAST, policy, register} from '../shared/testing/fixtures';

import {RhsRoot} from './rhs_root';

const push = jest.fn();
const writeText = jest.fn<Promise<void>, [string]>();

beforeEach(() => {
    push.mockReset();
    writeText.mockReset().mockResolvedValue(undefined);
    Object.defineProperty(window, 'WebappUtils', {value: {browserHistory: {push}}, configurable: true});
    Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true});
});

/** github registered by alice; with `ciReady`, everything of stage one done but the Integrations team's part. */
async function open(ciReady: boolean): Promise<Harness> {
    const h = createHarness({users: CAST, me: 'alice'});
    await h.post('admin', policy(h.users));
    await h.post('alice', register('github', 'GitHub', [h.users.alice ?? '']));
    if (ciReady) {
        for (const [substep, item] of [['introduction', 'basic-review'], ['review-pr', 'basic-review'], ['master-build-url', 'ci-master'], ['ci-request', 'ci-master']] as const) {
            await h.post('alice', {type: 'substep.checked', plugin: 'github', item, substep});
        }
        await h.post('alice', {type: 'evidence.set', plugin: 'github', item: 'basic-review', field: 'introduction-post', value: 'https://community.example.com/pl/intro'});
        await h.post('alice', {type: 'evidence.set', plugin: 'github', item: 'ci-master', field: 'master-build-url', value: 'https://builds.example.com/master'});
        await h.post('alice', {type: 'evidence.set', plugin: 'github', item: 'ci-master', field: 'ci-request', value: 'https://community.example.com/pl/ci'});
        await h.post('carol', {type: 'signoff.given', plugin: 'github', item: 'basic-review', slot: 'signoff'});
    }
    h.store.dispatch(pluginSelected('github'));
    h.render(<RhsRoot/>);
    await screen.findByRole('heading', {level: 2, name: 'GitHub'});
    return h;
}

const button = () => screen.getByRole('button', {name: 'Ask the Integrations team in ~integrations: opens the channel with the request copied'});

describe('the hand-off button', () => {
    it('copies the drafted request and opens the team\'s integrations channel', async () => {
        await open(true);
        await userEvent.click(button());
        expect(await screen.findByRole('status')).toHaveTextContent('The request is copied. Paste it into the message box of ~integrations, edit it as you like and send it.');
        expect(push).toHaveBeenCalledWith('/contributors/channels/integrations');
        const copied = writeText.mock.calls[0]?.[0] ?? '';
        expect(copied).toMatch(/^Hello Integrations team, a request for \*\*GitHub\*\* \(github\):/);
        expect(copied).toContain('- Basic Code Review passed — signed off by carol; Introduction post: https://community.example.com/pl/intro');
        expect(copied).toMatch(/Could you please:\n- Sign off .*\(CI system setup to build master\)/);
        expect(screen.getByRole('textbox', {name: 'The request for the Integrations team (Markdown)'})).toHaveValue(copied);
    });

    it('shows the request to copy by hand when the browser refuses the clipboard', async () => {
        writeText.mockRejectedValue(new Error('denied'));
        await open(true);
        await userEvent.click(button());
        expect(await screen.findByRole('status')).toHaveTextContent(/^Copy the request below into the message box of ~integrations/);
        expect(push).toHaveBeenCalledTimes(1);
        expect(screen.getByRole('textbox', {name: /The request for the Integrations team/})).toHaveDisplayValue(/Could you please:/);
    });

    it('says there is nothing to ask yet, and what comes first, opening nothing', async () => {
        await open(false);
        await userEvent.click(button());
        expect(await screen.findByRole('status')).toHaveTextContent(/^Nothing waits on the Integrations team yet, so there is no request to make\. First: Provide evidence: Introduction post/);
        expect(push).not.toHaveBeenCalled();
        expect(writeText).not.toHaveBeenCalled();
    });
});
