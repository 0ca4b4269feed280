import {EMPTY_STATE} from '../domain/fold';
import type {TrackerState} from '../domain/tracker_state';
import * as turns from '../domain/turns';
import {reducer} from '../state/reducer';
import {trackerViewSet} from '../state/actions';
import type {PluginOnboardState, TrackerView} from '../state/types';

import {warmTurns} from './warm_turns';

function fakeStore() {
    let slice: PluginOnboardState = reducer(undefined, {type: '@@INIT'});
    const listeners = new Set<() => void>();
    return {
        getState: () => ({'plugins-plugin-onboard': slice}) as never,
        dispatch: (action: ReturnType<typeof trackerViewSet>) => {
            slice = reducer(slice, action);
            listeners.forEach((listener) => listener());
            return action;
        },
        subscribe: (listener: () => void) => {
            listeners.add(listener);
            return () => listeners.delete(listener);
        },
    };
}

const view = (status: TrackerView['status'], state: TrackerState): TrackerView => ({status, channelId: 'c', place: null, state, error: null, pending: [], users: {}});

describe('warmTurns', () => {
    it('replays whose move in idle time once per ready state, never for a loading one, and never twice', () => {
        const store = fakeStore();
        const queued: Array<() => void> = [];
        const hands = jest.spyOn(turns, 'handsOf');
        warmTurns(store as never, (run) => queued.push(run));
        store.dispatch(trackerViewSet('t1', view('loading', EMPTY_STATE)));
        expect(queued).toHaveLength(0);

        const ready = {...EMPTY_STATE};
        store.dispatch(trackerViewSet('t1', view('ready', ready)));
        store.dispatch(trackerViewSet('t2', view('ready', ready)));
        expect(queued).toHaveLength(1);
        expect(hands).not.toHaveBeenCalled();
        queued.forEach((run) => run());
        expect(hands).toHaveBeenCalledWith(ready);

        store.dispatch(trackerViewSet('t1', {...view('ready', ready), pending: []}));
        expect(queued).toHaveLength(1);
        hands.mockRestore();
    });
});
