import {readFileSync} from 'node:fs';
import {join} from 'node:path';

import {EMPTY_STATE} from '../domain/fold';

import {pluginSelected, trackerViewSet, waitingCountSet} from './actions';
import {reducer} from './reducer';
import {EMPTY_VIEW, selectPluginState, selectSelectedPlugin, selectTracker} from './selectors';
import type {TrackerView} from './types';

const view: TrackerView = {status: 'ready', channelId: 'c1', place: null, state: EMPTY_STATE, error: null, pending: [], users: {}};

describe('plugin-onboard reducer', () => {
    it('starts empty and stores the view an action carries, per team', () => {
        const initial = reducer(undefined, {type: '@@INIT'});
        expect(initial).toEqual({trackers: {}, selectedPlugin: null, waiting: {}});
        const one = reducer(initial, trackerViewSet('team-a', view));
        const two = reducer(one, trackerViewSet('team-b', {...view, status: 'missing'}));
        expect(two.trackers['team-a']).toBe(view);
        expect(two.trackers['team-b']?.status).toBe('missing');
    });

    it('returns the same object for unrelated actions and for a view it already holds', () => {
        const state = reducer(undefined, trackerViewSet('team-a', view));
        expect(reducer(state, {type: 'SOMETHING_ELSE'})).toBe(state);
        expect(reducer(state, trackerViewSet('team-a', view))).toBe(state);
    });

    it('keeps which plugin the panel shows beside the views, changing nothing else', () => {
        const state = reducer(undefined, trackerViewSet('team-a', view));
        const opened = reducer(state, pluginSelected('github'));
        expect(opened.selectedPlugin).toBe('github');
        expect(opened.trackers).toBe(state.trackers);
        expect(reducer(opened, pluginSelected('github'))).toBe(opened);
        expect(reducer(opened, pluginSelected(null)).selectedPlugin).toBeNull();
    });

    it('stores how many moves wait on the user per team, the same object when the count is unchanged', () => {
        const one = reducer(reducer(undefined, trackerViewSet('team-a', view)), waitingCountSet('team-a', 3));
        expect(one.waiting).toEqual({'team-a': 3});
        expect(one.trackers['team-a']).toBe(view);
        expect(reducer(one, waitingCountSet('team-a', 3))).toBe(one);
        expect(reducer(one, waitingCountSet('team-b', 0)).waiting).toEqual({'team-a': 3, 'team-b': 0});
    });

    it('ships in main.js, so it and its actions import types only', () => {
        for (const file of ['reducer.ts', 'actions.ts']) {
            const source = readFileSync(join(__dirname, file), 'utf8');
            const imports = source.split('\n').filter((line) => line.startsWith('import '));
            for (const line of imports) {
                expect(line.startsWith('import type ') || /from '\.\/actions';$/.test(line)).toBe(true);
            }
            // A re-export pulls its module into main.js just as an import does.
            const reExports = source.split('\n').filter((line) => /^export\b.*\bfrom\s/.test(line));
            expect(reExports.filter((line) => !line.startsWith('export type '))).toEqual([]);
        }
    });
});

describe('selectors', () => {
    it('reads the slice at plugins-plugin-onboard and gives one stable empty view for unknown teams', () => {
        const slice = reducer(undefined, trackerViewSet('team-a', view));
        const global = {'plugins-plugin-onboard': slice, entities: {}};
        expect(selectPluginState(global)).toBe(slice);
        expect(selectTracker(global, 'team-a')).toBe(view);
        expect(selectTracker(global, 'team-x')).toBe(EMPTY_VIEW);
        expect(selectTracker({}, 'team-x')).toBe(EMPTY_VIEW);
        expect(EMPTY_VIEW.state).toBe(EMPTY_STATE);
    });

    it('reads the selected plugin, null before the slice exists', () => {
        const slice = reducer(undefined, pluginSelected('github'));
        expect(selectSelectedPlugin({'plugins-plugin-onboard': slice})).toBe('github');
        expect(selectSelectedPlugin({})).toBeNull();
    });
});
