import {render, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import React, {useState} from 'react';
import {IntlProvider} from 'react-intl';

import type {StageKey} from '../../domain/process_types';
import type {HistoryEntry} from '../../domain/tracker_state';
import type {UserSummary} from '../../storage/port';

import {EnvironmentFields} from './environment_fields';
import {LicenceEditor} from './licence_editor';
import {draftFromPolicy} from './policy_draft';
import {PolicyHistory, type PolicyRecord} from './policy_history';
import {INITIAL_POLICY} from '../../domain/policy';
import {TrackerHealth} from './tracker_health';
import {type UserSearch, UserPicker} from './user_picker';

const ALICE: UserSummary = {id: 'a'.repeat(26), username: 'alice', displayName: 'Alice Liddell', isSystemAdmin: false};
const BOB: UserSummary = {id: 'b'.repeat(26), username: 'bob', displayName: 'Bob', isSystemAdmin: false};
const ADMIN: UserSummary = {id: 'c'.repeat(26), username: 'admin', displayName: '', isSystemAdmin: true};
const USERS = [ALICE, BOB, ADMIN];
const nameOf = (id: string) => '@' + (USERS.find((user) => user.id === id)?.username ?? 'nobody');

function intl(ui: React.ReactElement) {
    return render(<IntlProvider locale='en'>{ui}</IntlProvider>);
}

const search: UserSearch = {
    byUsernames: async (names) => USERS.filter((user) => names.includes(user.username)),
    autocomplete: async (term) => USERS.filter((user) => user.username.startsWith(term)),
};

function Picker({initial = [] as string[]}) {
    const [ids, setIds] = useState<string[]>(initial);
    return (
        <UserPicker
            roleLabel='QA team'
            userIds={ids}
            userName={nameOf}
            search={search}
            teamId='team'
            disabled={false}
            onAdd={(user) => setIds((all) => [...all, user.id])}
            onRemove={(id) => setIds((all) => all.filter((other) => other !== id))}
        />
    );
}

describe('the roster picker', () => {
    it('adds an existing user picked from the suggestions with the keyboard', async () => {
        const user = userEvent.setup();
        intl(<Picker/>);
        const box = screen.getByRole('combobox', {name: 'Add to QA team'});
        await user.type(box, 'bo');
        const option = await screen.findByRole('option', {name: /@bob/});
        expect(box).toHaveAttribute('aria-expanded', 'true');
        await user.keyboard('{ArrowDown}');
        expect(option).toHaveAttribute('aria-selected', 'true');
        expect(box).toHaveAttribute('aria-activedescendant', option.id);
        await user.keyboard('{Enter}');
        expect(within(screen.getByRole('list', {name: 'QA team'})).getByText('@bob')).toBeInTheDocument();
        expect(box).toHaveValue('');
    });

    it('adds a typed exact username on Enter, and refuses one that does not exist', async () => {
        const user = userEvent.setup();
        intl(<Picker/>);
        const box = screen.getByRole('combobox', {name: 'Add to QA team'});
        await user.type(box, '@ghost{Enter}');
        expect(await screen.findByRole('alert')).toHaveTextContent('No user @ghost');
        expect(box).toHaveAttribute('aria-invalid', 'true');
        expect(within(screen.getByRole('list', {name: 'QA team'})).queryByText('@ghost')).toBeNull();
        expect(within(screen.getByRole('list', {name: 'QA team'})).getByText('Nobody yet')).toBeInTheDocument();

        await user.clear(box);
        await user.type(box, 'alice');
        await user.keyboard('{Escape}{Enter}');
        await waitFor(() => expect(within(screen.getByRole('list', {name: 'QA team'})).getByText('@alice')).toBeInTheDocument());
        expect(screen.queryByRole('alert')).toBeNull();
    });

    it('removes a person with their chip button', async () => {
        const user = userEvent.setup();
        intl(<Picker initial={[ALICE.id, BOB.id]}/>);
        await user.click(screen.getByRole('button', {name: 'Remove @alice from QA team'}));
        const chips = screen.getByRole('list', {name: 'QA team'});
        expect(within(chips).queryByText('@alice')).toBeNull();
        expect(within(chips).getByText('@bob')).toBeInTheDocument();
        expect(screen.getByRole('combobox', {name: 'Add to QA team'})).toHaveFocus();
    });

    it('says so when someone is already in the role', async () => {
        const user = userEvent.setup();
        intl(<Picker initial={[BOB.id]}/>);
        await user.type(screen.getByRole('combobox'), 'bob{Escape}{Enter}');
        expect(await screen.findByRole('alert')).toHaveTextContent('@bob is already in QA team');
        expect(within(screen.getByRole('list', {name: 'QA team'})).getAllByText('@bob')).toHaveLength(1);
    });
});

function Licences({initial}: {initial: string[]}) {
    const [licences, setLicences] = useState<readonly string[]>(initial);
    return (
        <LicenceEditor
            licences={licences}
            disabled={false}
            onChange={setLicences}
        />
    );
}

describe('the licence allow-list', () => {
    it('adds known SPDX ids in SPDX spelling and refuses unknown ones with a pointer to the list', async () => {
        const user = userEvent.setup();
        intl(<Licences initial={['MIT']}/>);
        const box = screen.getByRole('textbox', {name: 'Add licence (SPDX id)'});
        await user.type(box, 'FOO{Enter}');
        expect(screen.getByRole('alert')).toHaveTextContent('Unknown SPDX licence id \'FOO\'. Use an id from https://spdx.org/licenses/ such as MIT.');
        expect(within(screen.getByRole('list', {name: 'Compatible licences'})).queryByText('FOO')).toBeNull();

        await user.clear(box);
        await user.type(box, 'mpl-2.0');
        await user.click(screen.getByRole('button', {name: 'Add'}));
        expect(within(screen.getByRole('list', {name: 'Compatible licences'})).getByText('MPL-2.0')).toBeInTheDocument();
        expect(screen.queryByRole('alert')).toBeNull();
    });

    it('removes a licence, and asks to keep at least one', async () => {
        const user = userEvent.setup();
        intl(<Licences initial={['MIT']}/>);
        await user.click(screen.getByRole('button', {name: 'Remove licence MIT'}));
        expect(screen.getByRole('alert')).toHaveTextContent('Keep at least one licence on the list.');
        expect(screen.getByRole('textbox', {name: 'Add licence (SPDX id)'})).toHaveFocus();
    });
});

describe('the environment URLs', () => {
    it('marks non-http(s) URLs invalid, with the reason attached to the field', () => {
        const environments: Record<StageKey, string> = {'ci-extensions': 'https://ci.example.com/', 'ci-extensions-release': 'file:///etc/passwd', community: 'https://c.example.com/'};
        intl(
            <EnvironmentFields
                environments={environments}
                invalid={['ci-extensions-release']}
                disabled={false}
                onChange={() => undefined}
            />,
        );
        const bad = screen.getByRole('textbox', {name: 'ci-extensions-release URL'});
        expect(bad).toHaveAttribute('aria-invalid', 'true');
        expect(bad).toHaveAccessibleDescription('Enter an http:// or https:// URL.');
        expect(screen.getByRole('textbox', {name: 'ci-extensions URL'})).toHaveAttribute('aria-invalid', 'false');
        expect(screen.getByRole('textbox', {name: 'community.mattermost.com URL'})).toHaveValue('https://c.example.com/');
    });
});

describe('the policy history', () => {
    const initial = draftFromPolicy(INITIAL_POLICY);
    const first = {...initial, roles: {...initial.roles, qa: [ALICE.id]}};
    const second = {...first, roles: {...first.roles, qa: [BOB.id]}, licences: [...first.licences, 'ISC'], environments: {...first.environments, community: 'https://c2.example.com/'}};
    const records: PolicyRecord[] = [
        {postId: 'p1', by: ADMIN.id, at: Date.UTC(2026, 0, 1), policy: first, summary: 'set the onboarding policy', rejection: null},
        {postId: 'p2', by: BOB.id, at: Date.UTC(2026, 0, 2), policy: null, summary: 'set the onboarding policy', rejection: {code: 'not-permitted', message: 'Only system admins may set the policy.'}},
        {postId: 'p3', by: ADMIN.id, at: Date.UTC(2026, 0, 3), policy: second, summary: 'set the onboarding policy', rejection: null},
    ];

    it('lists policy events newest first with what each changed, and rejected ones with why', () => {
        intl(
            <PolicyHistory
                records={records}
                initial={initial}
                userName={nameOf}
            />,
        );
        const items = within(screen.getByRole('list', {name: 'Change history'})).getAllByRole('listitem').filter((li) => li.parentElement?.getAttribute('aria-label') === 'Change history');
        expect(items).toHaveLength(3);
        const [newest, rejected, oldest] = items;
        expect(newest).toHaveTextContent('@admin');
        expect(newest).toHaveTextContent('Added @bob to QA team');
        expect(newest).toHaveTextContent('Removed @alice from QA team');
        expect(newest).toHaveTextContent('Allowed licence ISC');
        expect(newest).toHaveTextContent('community.mattermost.com: https://community.mattermost.com/ → https://c2.example.com/');
        expect(rejected).toHaveTextContent('@bob');
        expect(rejected).toHaveTextContent('Rejected: Only system admins may set the policy.');
        expect(oldest).toHaveTextContent('Added @alice to QA team');
        expect(oldest).not.toHaveTextContent('licence');
    });

    it('shows the summary when an event\'s content is not known', () => {
        intl(
            <PolicyHistory
                records={[{...records[0] as PolicyRecord, policy: null, summary: 'set the onboarding policy'}]}
                initial={initial}
                userName={nameOf}
            />,
        );
        expect(screen.getByText('set the onboarding policy')).toBeInTheDocument();
    });
});

describe('the tracker health', () => {
    it('counts events and lists rejected ones with their reasons', () => {
        const entry = (n: number, rejection: HistoryEntry['rejection']): HistoryEntry => ({
            postId: `p${n}`, eventId: `e${n}`, type: 'signoff.given', pluginId: 'github', by: BOB.id, at: Date.UTC(2026, 0, n), summary: `event ${n}`, rejection,
        });
        const history = [entry(1, null), entry(2, {code: 'not-permitted', message: 'Only the QA team may sign off QA pass.'}), entry(3, null), entry(4, {code: 'malformed', message: 'The post is not a valid event.'})];
        intl(
            <TrackerHealth
                events={history.length}
                rejected={history.filter((line) => line.rejection)}
                rejectedCount={2}
                userName={nameOf}
            />,
        );
        expect(screen.getByText('4 events in the log')).toBeInTheDocument();
        const rejected = screen.getByRole('list', {name: '2 rejected events'});
        const lines = within(rejected).getAllByRole('listitem');
        expect(lines).toHaveLength(2);
        expect(lines[0]).toHaveTextContent('event 4 — The post is not a valid event.');
        expect(lines[1]).toHaveTextContent('@bob');
        expect(lines[1]).toHaveTextContent('event 2 — Only the QA team may sign off QA pass.');
    });
});
