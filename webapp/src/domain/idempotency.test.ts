import {decideWrite, sameContent} from './idempotency';
import {withId} from './new_event';
import type {EventDraft} from './events';
import {EMPTY_STATE} from './fold';
import {Scenario, U} from './testing/scenario';

const DRAFT: EventDraft = {type: 'signoff.given', plugin: 'github', item: 'qa-pass', slot: 'signoff', note: 'ok'};

describe('sameContent', () => {
    it('ignores id and version, and the order of fields', () => {
        expect(sameContent(withId(DRAFT, 'event-id-0001'), {note: 'ok', slot: 'signoff', item: 'qa-pass', plugin: 'github', type: 'signoff.given'})).toBe(true);
        expect(sameContent(withId(DRAFT, 'event-id-0001'), {...DRAFT, note: 'other'})).toBe(false);
        expect(sameContent(withId(DRAFT, 'event-id-0001'), {type: 'signoff.given', plugin: 'github', item: 'qa-pass', slot: 'signoff'})).toBe(false);
    });
});

describe('decideWrite: a change is never recorded twice', () => {
    it('writes a new event when nothing unsent matches and the change is not in effect', () => {
        const other = withId({...DRAFT, note: 'different'}, 'otherevent00001');
        expect(decideWrite(EMPTY_STATE, [{event: other, status: 'failed'}], DRAFT, U.qa1)).toEqual({kind: 'write'});
    });

    it('re-sends a failed event of the same content, with its own id', () => {
        const failed = withId(DRAFT, 'failedevent0001');
        expect(decideWrite(EMPTY_STATE, [{event: failed, status: 'failed'}], DRAFT, U.qa1)).toEqual({kind: 'retry', eventId: 'failedevent0001'});
    });

    it('does not send again what is still being sent', () => {
        expect(decideWrite(EMPTY_STATE, [{event: withId(DRAFT, 'sendingevent001'), status: 'sending'}], DRAFT, U.qa1)).toEqual({kind: 'in-flight'});
    });

    it('writes nothing for a change already in effect (a failed append whose post did land), and says who made it and when', () => {
        const s = new Scenario().policy().register().evidence('licence', 'spdx', 'MIT');
        const state = s.state();
        const evidence = state.plugins.github?.items.licence.evidence.spdx;
        const draft: EventDraft = {type: 'evidence.set', plugin: 'github', item: 'licence', field: 'spdx', value: 'MIT'};
        // Even with the failed copy still kept: the one that landed counts.
        expect(decideWrite(state, [{event: withId(draft, 'failedevent0002'), status: 'failed'}], draft, U.author)).toMatchObject({kind: 'already', done: {by: evidence?.by, at: evidence?.at}});
        expect(decideWrite(state, [], {...draft, value: 'Apache-2.0'}, U.author)).toEqual({kind: 'write'});
    });

    it('a sign-off counts as in effect only when it is the same signer\'s', () => {
        const s = new Scenario().policy().register().basicReviewReady().signOff('basic-review', U.cc1);
        const draft: EventDraft = {type: 'signoff.given', plugin: 'github', item: 'basic-review', slot: 'signoff'};
        expect(decideWrite(s.state(), [], draft, U.cc1).kind).toBe('already');
        expect(decideWrite(s.state(), [], draft, U.cc2).kind).toBe('write');
    });
});
