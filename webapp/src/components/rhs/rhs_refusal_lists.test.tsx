// A refusal that lists things (what a gate still needs) reads as a short first line and a real list
// wherever the panel says it: in the history, in a late refusal of my own change, and when a change
// sent from a page that had not yet seen the latest log is refused.
import {screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import React from 'react';

import type {EventDraft} from '../../domain/events';
import {pluginSelected} from '../../state/actions';
import {createHarness, type Harness} from '../shared/testing/harness';
import {CAST, policy, register} from '../shared/testing/fixtures';

import {RhsRoot} from './rhs_root';

const SIGN_BASIC: EventDraft = {type: 'signoff.given', plugin: 'github', item: 'basic-review', slot: 'signoff'};
const LEAD = /Basic Code Review passed cannot be signed off yet; still missing:$/;

async function registered(me: keyof typeof CAST): Promise<Harness> {
    const h = createHarness({users: CAST, me});
    await h.post('admin', policy(h.users));
    await h.post('alice', register('github', 'GitHub', [h.users.alice ?? '']));
    return h;
}

async function openGithub(h: Harness): Promise<void> {
    h.store.dispatch(pluginSelected('github'));
    h.render(<RhsRoot/>);
    await screen.findByRole('heading', {level: 2, name: 'GitHub'});
}

/** The first line said, and the list under it. */
/** The author's part of the basic review: its introduction post, and both of its sub-steps checked. */
async function readyForBasicSignOff(h: Harness): Promise<void> {
    await h.post('alice', {type: 'evidence.set', plugin: 'github', item: 'basic-review', field: 'introduction-post', value: 'https://community.example.com/pl/intro'});
    await h.post('alice', {type: 'substep.checked', plugin: 'github', item: 'basic-review', substep: 'introduction'});
    await h.post('alice', {type: 'substep.checked', plugin: 'github', item: 'basic-review', substep: 'make-pr'});
}

function said(scope: HTMLElement): {lead: string; items: string[]} {
    return {lead: scope.querySelector('span')?.textContent ?? '', items: within(scope).getAllByRole('listitem').map((li) => li.textContent ?? '')};
}

describe('refusals that list things, in the panel', () => {
    it('a history line: the reason\'s first line, then what was missing as a list', async () => {
        const h = await registered('alice');
        await h.post('carol', SIGN_BASIC);
        await openGithub(h);
        await userEvent.click(screen.getByRole('button', {name: /^History \(/}));
        const line = within(screen.getByRole('list', {name: 'History'})).getAllByRole('listitem').find((li) => li.textContent?.includes('Rejected:'));
        expect(line).toBeDefined();
        const reasons = line?.querySelector('ul.po-reasons');
        expect(reasons?.previousElementSibling?.textContent).toMatch(/^Rejected: Basic Code Review passed cannot be signed off yet; still missing:$/);
        expect(within(reasons as HTMLElement).getAllByRole('listitem').map((li) => li.textContent)).toEqual(expect.arrayContaining([
            "evidence 'Introduction post' from the author",
        ]));
    });

    it('my change refused after all: one sentence, then the list', async () => {
        const h = await registered('carol');
        h.live();
        await openGithub(h);
        await h.post('carol', SIGN_BASIC);
        const notice = await screen.findByRole('alert');
        const {lead, items} = said(notice);
        expect(lead).toMatch(/^Your change on GitHub \(.*\) was not recorded after all: /);
        expect(lead).toMatch(LEAD);
        expect(items).toContain("evidence 'Introduction post' from the author");
    });

    it('a sign-off sent from a page that had not seen a sub-step reopened: the refusal under the page, as a list', async () => {
        const h = await registered('carol');
        await readyForBasicSignOff(h);
        await openGithub(h);
        // Not live: the page does not see alice reopen a sub-step.
        await h.post('alice', {type: 'substep.unchecked', plugin: 'github', item: 'basic-review', substep: 'make-pr'});
        await userEvent.click(screen.getByRole('button', {name: 'Sign off as Basic reviewer for Basic Code Review passed'}));
        await userEvent.click(screen.getByRole('button', {name: 'Confirm sign-off'}));
        // The page says it under its pipeline (a late-refusal notice says it too, as its own sentence).
        const notSaved = () => screen.getAllByRole('alert').find((candidate) => candidate.textContent?.startsWith('Not saved: '));
        await waitFor(() => expect(notSaved()).toBeDefined());
        const alert = notSaved() as HTMLElement;
        const {lead, items} = said(alert);
        expect(lead).toMatch(/^Not saved: /);
        expect(lead).toMatch(LEAD);
        expect(items).toEqual([expect.stringMatching(/^sub-step “Make a PR that contains all the code/)]);
    });

    it('a failed change retried after the log moved on: "it can no longer be recorded", then the list', async () => {
        const h = await registered('carol');
        await readyForBasicSignOff(h);
        await openGithub(h);
        // Both tries the session makes answer 500: the sign-off waits to be retried.
        h.server.fail('append', {status: 500}, 2);
        await userEvent.click(screen.getByRole('button', {name: 'Sign off as Basic reviewer for Basic Code Review passed'}));
        await userEvent.click(screen.getByRole('button', {name: 'Confirm sign-off'}));
        const pending = await screen.findByRole('region', {name: 'Unsaved changes'});
        await within(pending).findByRole('button', {name: /^Retry: /});
        await h.post('alice', {type: 'substep.unchecked', plugin: 'github', item: 'basic-review', substep: 'make-pr'});
        await userEvent.click(within(pending).getByRole('button', {name: /^Retry: /}));
        await waitFor(() => expect(within(pending).getByRole('alert').querySelector('ul')).not.toBeNull());
        const {lead, items} = said(within(pending).getByRole('alert'));
        expect(lead).toMatch(/^Not saved: it can no longer be recorded\. /);
        expect(lead).toMatch(LEAD);
        expect(items).toEqual([expect.stringMatching(/^sub-step “Make a PR that contains all the code/)]);
    });
});
