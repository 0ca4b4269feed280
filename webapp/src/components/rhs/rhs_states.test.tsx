import {screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import React from 'react';

import {createHarness} from '../shared/testing/harness';
import {CAST, register} from '../shared/testing/fixtures';

import {RhsRoot} from './rhs_root';

describe('RHS states', () => {
    it('shows a loading skeleton, then the list, opening the tracker itself', async () => {
        const h = createHarness({users: CAST, me: 'alice'});
        await h.post('alice', register('github', 'GitHub', [h.users.alice ?? '']));
        h.render(<RhsRoot/>);
        expect(screen.getByRole('status')).toHaveTextContent('Loading the tracker…');
        expect(await screen.findByRole('button', {name: 'Open GitHub'})).toBeInTheDocument();
    });

    it('offers a system admin to create a missing tracker channel, says who may, and then shows the empty state', async () => {
        const h = createHarness({users: CAST, me: 'admin'});
        h.render(<RhsRoot/>);
        expect(await screen.findByRole('heading', {name: 'This team has no tracker channel yet'})).toBeInTheDocument();
        expect(screen.getByText(/Only a system admin can create it/)).toBeInTheDocument();
        await userEvent.click(screen.getByRole('button', {name: 'Create tracker channel'}));
        expect(await screen.findByRole('heading', {name: 'No plugins are tracked yet'})).toBeInTheDocument();
        expect(screen.getByText('/plugin-onboard add <plugin-id> <repo-url>')).toBeInTheDocument();
    });

    it('tells anyone else no tracker was found and whom to ask, with nothing to create', async () => {
        const h = createHarness({users: CAST, me: 'alice'});
        h.render(<RhsRoot/>);
        expect(await screen.findByRole('heading', {name: 'This team has no tracker channel yet'})).toBeInTheDocument();
        expect(screen.getByText('No tracker channel was found for this team. If one existed it may have been renamed or archived; ask a system admin to run /plugin-onboard setup.')).toBeInTheDocument();
        expect(screen.queryByRole('button', {name: 'Create tracker channel'})).not.toBeInTheDocument();
    });

    it('shows why creating the tracker failed', async () => {
        const h = createHarness({users: CAST, me: 'admin'});
        h.server.forbidChannelCreation(h.me);
        h.render(<RhsRoot/>);
        await userEvent.click(await screen.findByRole('button', {name: 'Create tracker channel'}));
        expect(await screen.findByRole('alert')).not.toBeEmptyDOMElement();
    });

    it('shows the load error with a Retry that loads again', async () => {
        const h = createHarness({users: CAST, me: 'alice'});
        await h.post('alice', register('github', 'GitHub', []));
        h.server.fail('load', {status: 500}, 20);
        h.render(<RhsRoot/>);
        const alert = await screen.findByRole('alert', {}, {timeout: 4000});
        expect(within(alert).getByRole('heading', {name: 'The tracker could not be loaded'})).toBeInTheDocument();
        while (h.server.takeFault('load')) {
            // drain the remaining injected faults so the retry reaches the server
        }
        await userEvent.click(within(alert).getByRole('button', {name: 'Retry'}));
        expect(await screen.findByRole('button', {name: 'Open GitHub'})).toBeInTheDocument();
    });

    it('registers a plugin from the empty state, with inline validation first', async () => {
        const h = createHarness({users: CAST, me: 'alice'});
        await h.createTracker();
        h.render(<RhsRoot/>);
        await userEvent.click(await screen.findByRole('button', {name: 'Add plugin'}));
        await userEvent.type(await screen.findByLabelText('Plugin id'), 'x');
        await userEvent.type(screen.getByLabelText('Repository URL'), 'javascript:alert(1)');
        await userEvent.type(screen.getByLabelText('Owners (usernames, comma separated)'), 'alice, nobody');
        await userEvent.click(screen.getByRole('button', {name: 'Register'}));
        expect(screen.getByLabelText('Plugin id')).toHaveAccessibleDescription('Use 3–190 letters, digits, dots, dashes or underscores, as in plugin.json.');
        expect(screen.getByLabelText('Repository URL')).toHaveAccessibleDescription('Enter an http:// or https:// URL.');
        // The name is optional, as with the command: empty is not an error.
        expect(screen.getByLabelText('Name (optional)')).toHaveAttribute('aria-invalid', 'false');
        expect(screen.getByLabelText('Name (optional)')).toHaveAccessibleDescription('Left empty, the plugin id is its name.');

        await userEvent.type(screen.getByLabelText('Plugin id'), 'kcd');
        await userEvent.type(screen.getByLabelText('Name (optional)'), 'KCD');
        await userEvent.clear(screen.getByLabelText('Repository URL'));
        await userEvent.type(screen.getByLabelText('Repository URL'), 'https://github.com/example/kcd');
        await userEvent.click(screen.getByRole('button', {name: 'Register'}));
        expect(await screen.findByText('No such user: nobody')).toBeInTheDocument();

        await userEvent.clear(screen.getByLabelText('Owners (usernames, comma separated)'));
        await userEvent.type(screen.getByLabelText('Owners (usernames, comma separated)'), '@alice');
        await userEvent.click(screen.getByRole('button', {name: 'Register'}));
        expect(await screen.findByRole('heading', {level: 2, name: 'KCD'})).toBeInTheDocument();
        expect(screen.getByText('@alice')).toBeInTheDocument();
    });

    it('registers a plugin without a name, as the command does: the id is its name', async () => {
        const h = createHarness({users: CAST, me: 'alice'});
        await h.createTracker();
        h.render(<RhsRoot/>);
        await userEvent.click(await screen.findByRole('button', {name: 'Add plugin'}));
        await userEvent.type(await screen.findByLabelText('Plugin id'), 'com.example.todo');
        await userEvent.type(screen.getByLabelText('Repository URL'), 'https://github.com/example/todo');
        await userEvent.click(screen.getByRole('button', {name: 'Register'}));
        expect(await screen.findByRole('heading', {level: 2, name: 'com.example.todo'})).toBeInTheDocument();
    });

    it('counts a name as the schema does, in code points: 100 emoji are a 100-character name; the schema\'s limit is said under the field', async () => {
        const h = createHarness({users: CAST, me: 'alice'});
        await h.createTracker();
        h.render(<RhsRoot/>);
        await userEvent.click(await screen.findByRole('button', {name: 'Add plugin'}));
        await userEvent.type(await screen.findByLabelText('Plugin id'), 'emoji');
        await userEvent.type(screen.getByLabelText('Repository URL'), 'https://github.com/example/emoji');
        await userEvent.click(screen.getByLabelText('Name (optional)'));
        await userEvent.paste('\u{1F600}'.repeat(121));
        await userEvent.click(screen.getByRole('button', {name: 'Register'}));
        expect(screen.getByLabelText('Name (optional)')).toHaveAccessibleDescription('Left empty, the plugin id is its name. Name (optional) is longer than 120 characters.');

        const name = '\u{1F600}'.repeat(100);
        expect(name.length).toBe(200);
        await userEvent.clear(screen.getByLabelText('Name (optional)'));
        await userEvent.paste(name);
        await userEvent.click(screen.getByRole('button', {name: 'Register'}));
        expect(await screen.findByRole('heading', {level: 2, name})).toBeInTheDocument();
    });

    it('says the owners\' limit of the schema under the owners field', async () => {
        const h = createHarness({users: CAST, me: 'alice'});
        await h.createTracker();
        h.render(<RhsRoot/>);
        await userEvent.click(await screen.findByRole('button', {name: 'Add plugin'}));
        await userEvent.type(await screen.findByLabelText('Plugin id'), 'crowd');
        await userEvent.type(screen.getByLabelText('Repository URL'), 'https://github.com/example/crowd');
        await userEvent.click(screen.getByLabelText('Owners (usernames, comma separated)'));
        await userEvent.paste(Array.from({length: 21}, (_, i) => `user${i}`).join(', '));
        await userEvent.click(screen.getByRole('button', {name: 'Register'}));
        expect(screen.getByLabelText('Owners (usernames, comma separated)')).toHaveAccessibleDescription('Owners (usernames, comma separated): at most 20.');
    });

    it('closes the add form with Escape', async () => {
        const h = createHarness({users: CAST, me: 'alice'});
        await h.createTracker();
        h.render(<RhsRoot/>);
        await userEvent.click(await screen.findByRole('button', {name: 'Add plugin'}));
        expect(await screen.findByRole('form', {name: 'Register a plugin'})).toBeInTheDocument();
        await userEvent.keyboard('{Escape}');
        await waitFor(() => expect(screen.queryByRole('form', {name: 'Register a plugin'})).not.toBeInTheDocument());
    });
});
