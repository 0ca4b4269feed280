// The count of moves waiting on the user: worked out from what the page has read, never asked for,
// and shown by main.js's badge beside the panel's title and on the channel-header button.
import type {GlobalState} from '@mattermost/types/store';
import {act, render, screen} from '@testing-library/react';
import React from 'react';
import {IntlProvider} from 'react-intl';
import {Provider} from 'react-redux';
import {combineReducers, legacy_createStore as createStore} from 'redux';

import {Scenario, U} from '../domain/testing/scenario';
import {WaitingBadge} from '../components/shared/waiting_badge';
import {trackerViewSet} from '../state/actions';
import {reducer} from '../state/reducer';
import {EMPTY_VIEW} from '../state/selectors';
import {PLUGIN_STATE_KEY} from '../state/types';

import {watchWaitingCount} from './waiting_count';

const TEAM = 'team1';

function hostStore(userId: string) {
    const entities = () => ({users: {currentUserId: userId, profiles: {}}, teams: {currentTeamId: TEAM}});
    const store = createStore(combineReducers({[PLUGIN_STATE_KEY]: reducer, entities}));
    return {
        store,
        host: {
            dispatch: (action: unknown) => store.dispatch(action as {type: string}),
            getState: () => store.getState() as unknown as GlobalState, // the two host slices the count reads
            subscribe: (listener: () => void) => store.subscribe(listener),
        },
    };
}

function renderBadge(store: ReturnType<typeof hostStore>['store']) {
    render(
        <Provider store={store}>
            <IntlProvider locale='en'><WaitingBadge/></IntlProvider>
        </Provider>,
    );
}

describe('the waiting count', () => {
    it('shows nothing until the tracker is read, then how many moves wait on the user, following every change', () => {
        const {store, host} = hostStore(U.cc1);
        const stop = watchWaitingCount(host);
        renderBadge(store);
        expect(screen.queryByRole('status')).toBeNull();

        const s = new Scenario().policy().register().register('jira').basicReviewReady();
        act(() => void store.dispatch(trackerViewSet(TEAM, {...EMPTY_VIEW, status: 'ready', state: s.state()})));
        expect(screen.getByRole('status')).toHaveTextContent('1');
        expect(screen.getByRole('status')).toHaveAccessibleName('1 thing waits on you');

        s.basicReviewReady('jira');
        act(() => void store.dispatch(trackerViewSet(TEAM, {...EMPTY_VIEW, status: 'ready', state: s.state()})));
        expect(screen.getByRole('status')).toHaveAccessibleName('2 things wait on you');

        s.signOff('basic-review', U.cc1).signOff('basic-review', U.cc2, 'signoff', {}, 'jira');
        act(() => void store.dispatch(trackerViewSet(TEAM, {...EMPTY_VIEW, status: 'ready', state: s.state()})));
        expect(screen.queryByRole('status')).toBeNull();
        stop();
    });

    it('counts nothing for a view that is not ready, and sends no count it already holds', () => {
        const {store, host} = hostStore(U.cc1);
        const dispatched: unknown[] = [];
        const spy = {...host, dispatch: (action: unknown) => (dispatched.push(action), host.dispatch(action))};
        const stop = watchWaitingCount(spy);
        const state = new Scenario().policy().register().basicReviewReady().state();
        // The session can publish the folded state while still loading, then the same state as ready.
        store.dispatch(trackerViewSet(TEAM, {...EMPTY_VIEW, status: 'loading', state}));
        store.dispatch(trackerViewSet(TEAM, {...EMPTY_VIEW, status: 'ready', state}));
        store.dispatch(trackerViewSet(TEAM, {...EMPTY_VIEW, status: 'ready', state, pending: []}));
        expect(dispatched).toEqual([{type: 'plugin-onboard/waiting-count-set', teamId: TEAM, count: 1}]);
        stop();
    });
});
