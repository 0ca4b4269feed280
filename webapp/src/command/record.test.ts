// The re-send rules of recordEvent, with a session whose pending list the test controls.
import {EMPTY_STATE, withId, type EventDraft} from '../domain';
import type {TrackerView} from '../state/types';

import type {CommandContext, CommandSession, SubmitResult} from './context';
import {recordEvent} from './record';

const DRAFT: EventDraft = {type: 'signoff.given', plugin: 'github', item: 'qa-pass', slot: 'signoff', note: 'ok'};

function setup(pending: TrackerView['pending'], answer: () => Promise<SubmitResult>) {
    const calls: string[] = [];
    const session: CommandSession = {
        open: async () => view,
        setup: async () => ({ok: true, channelId: 'c', created: false}),
        submit: async (_team, draft) => {
            calls.push(`submit ${draft.type}`);
            return answer();
        },
        retry: async (_team, eventId) => {
            calls.push(`retry ${eventId}`);
            return answer();
        },
        restore: async () => {
            calls.push('restore');
            return {ok: true, restored: [], stillOpen: []};
        },
        accept: async () => {
            calls.push('accept');
            return {ok: true, accepted: []};
        },
        users: {byIds: async () => [], byUsernames: async () => []},
    };
    const view: TrackerView = {status: 'ready', channelId: 'c', place: null, state: EMPTY_STATE, error: null, pending, users: {}};
    const ctx: CommandContext = {
        teamId: 't', channelId: 'c', rootId: '', userId: 'u', isSystemAdmin: false, isTeamAdmin: false, session,
        openRhs: () => undefined, registerAutocomplete: async () => ({ok: true}),
    };
    return {ctx, view, calls};
}

describe('recordEvent', () => {
    it('retries a failed pending event with the same content instead of writing a new one', async () => {
        const failed = withId(DRAFT, 'failedevent0001');
        const {ctx, view, calls} = setup([{event: failed, status: 'failed', error: null}], async () => ({ok: true, event: failed}));
        const result = await recordEvent(ctx, view, DRAFT, () => '');
        expect(calls).toEqual(['retry failedevent0001']);
        expect(result).toEqual({ok: true, event: failed, retried: true});
    });

    it('does not send again while the same change is still being sent', async () => {
        const sending = withId(DRAFT, 'sendingevent001');
        const {ctx, view, calls} = setup([{event: sending, status: 'sending', error: null}], async () => ({ok: true, event: sending}));
        const result = await recordEvent(ctx, view, DRAFT, () => '');
        expect(calls).toEqual([]);
        expect(result).toEqual({ok: false, outcome: {kind: 'error', message: expect.stringMatching(/still being sent/)}});
    });

    it('submits a new event when nothing pending matches', async () => {
        const other = withId({...DRAFT, note: 'different'}, 'otherevent00001');
        const {ctx, view, calls} = setup([{event: other, status: 'failed', error: null}], async () => ({ok: true, event: withId(DRAFT, 'newevent0000001')}));
        await recordEvent(ctx, view, DRAFT, () => '');
        expect(calls).toEqual(['submit signoff.given']);
    });

    it('a session that throws becomes "nothing was recorded", with the text escaped', async () => {
        const {ctx, view} = setup([], async () => {
            throw new Error('boom [link](x)');
        });
        const result = await recordEvent(ctx, view, DRAFT, () => '');
        expect(result).toEqual({ok: false, outcome: {kind: 'error', message: expect.stringMatching(/^boom \\\[link\\\]\\\(x\\\) Nothing was recorded\. Send this command again/)}});
    });

    it('a refusal is explained, a non-retryable failure offers no retry', async () => {
        const refused = setup([], async () => ({ok: false, error: {message: 'no', retryable: false}, rejection: {code: 'gate', message: 'Gate not met.'}}));
        expect(await recordEvent(refused.ctx, refused.view, DRAFT, (rejection) => `Because: ${rejection.message}`)).toEqual({ok: false, outcome: {kind: 'error', message: 'Not recorded. Because: Gate not met.'}});
        const tooLarge = setup([], async () => ({ok: false, error: {message: 'Too large.', retryable: false}}));
        expect(await recordEvent(tooLarge.ctx, tooLarge.view, DRAFT, () => '')).toEqual({ok: false, outcome: {kind: 'error', message: 'Too large. Nothing was recorded.'}});
    });
});
