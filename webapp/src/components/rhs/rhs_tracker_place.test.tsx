import {screen, waitFor, within} from '@testing-library/react';
import React from 'react';

import {createHarness} from '../shared/testing/harness';
import {CAST, register} from '../shared/testing/fixtures';
import {TRACKER_PURPOSE} from '../../storage/port';

import {RhsRoot} from './rhs_root';

const TEAM = 'teamaaaaaaaaaaaaaaaaaaaaaa';

describe('the panel explains where the tracker channel is', () => {
    it('a rename and an archive arriving live show as banners over the history, and an unarchive takes the archive banner away', async () => {
        const h = createHarness({users: CAST, me: 'alice'});
        await h.post('alice', register('github', 'GitHub', [h.users.alice ?? '']));
        h.live();
        h.render(<RhsRoot/>);
        await screen.findByRole('button', {name: 'Open GitHub'});
        expect(screen.queryByText(/renamed to/)).not.toBeInTheDocument();

        h.server.patchChannel(h.me, h.channelId(), {name: 'renamed-tracker', display_name: 'Renamed'});
        const renamed = await screen.findByText('The tracker channel was renamed to ~renamed-tracker (Renamed). A system admin should rename it back to plugin-onboarding so that new users find it.');
        expect(renamed.closest('[role="status"]')).not.toBeNull();

        h.server.archiveChannel(h.channelId());
        const archived = await screen.findByText(/^The tracker channel was archived on .+\. Nothing can be recorded until a system admin unarchives it \(channel menu › Unarchive channel\)\.$/);
        expect(archived.closest('[role="status"]')).not.toBeNull();
        // Archived channels stay readable: the history is all still there.
        expect(screen.getByRole('button', {name: 'Open GitHub'})).toBeInTheDocument();

        h.server.restoreChannel(h.channelId());
        await waitFor(() => expect(screen.queryByText(/was archived on/)).not.toBeInTheDocument());
        expect(screen.getByText(/renamed to ~renamed-tracker/)).toBeInTheDocument();
    });

    it('a channel holding the tracker\'s name that a system admin did not create is explained, never used', async () => {
        const h = createHarness({users: CAST, me: 'alice'});
        h.server.createChannel(h.users.mallory ?? '', {team_id: TEAM, name: 'plugin-onboarding', display_name: 'Plugin Onboarding', purpose: TRACKER_PURPOSE, type: 'O'});
        h.render(<RhsRoot/>);
        const alert = await screen.findByRole('alert');
        expect(within(alert).getByRole('heading', {name: 'The tracker channel cannot be used'})).toBeInTheDocument();
        expect(alert).toHaveTextContent('~plugin-onboarding was not created by a system admin, so it is not trusted as the tracker.');
        expect(alert).toHaveTextContent('A system admin should rename that channel (an archived channel keeps its name: unarchive it first), then run /plugin-onboard setup again.');
        expect(screen.queryByRole('button', {name: 'Add plugin'})).not.toBeInTheDocument();
    });
});
