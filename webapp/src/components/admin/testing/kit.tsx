// Test support for the admin page: the real pieces end to end in one process — mattermost-redux's
// store with our slice, the real TrackerSession and fold over the in-memory Mattermost — and the
// System Console's side of the custom-setting contract (save actions, setSaveNeeded) recorded.
import {deserialize, serialize} from 'node:v8';

import type {GlobalState} from '@mattermost/types/store';
import type {Team} from '@mattermost/types/teams';
import {render, type RenderResult} from '@testing-library/react';
import {TeamTypes, UserTypes} from 'mattermost-redux/action_types';
import configureStore from 'mattermost-redux/store';
import React from 'react';
import {IntlProvider} from 'react-intl';
import {Provider} from 'react-redux';

import {reducer} from '../../../state/reducer';
import {PLUGIN_STATE_KEY} from '../../../state/types';
import {createTrackerSession, type TrackerSession} from '../../../state/tracker_session';
import {createMemoryStorage} from '../../../storage/testing/memory/adapter';
import type {MemoryMattermost} from '../../../storage/testing/memory/server';
import {AppProvider} from '../../shared/app_context';

import type {AdminCustomSettingProps, SaveAction} from '../admin_setting_props';
import {PolicySetting} from '../policy_setting';
import {neverReport} from '../../../state/testing/no_reports';

// jsdom hides Node's structuredClone, which the in-memory Mattermost uses to copy post props.
if (typeof globalThis.structuredClone !== 'function') {
    globalThis.structuredClone = <T, >(value: T): T => deserialize(serialize(value)) as T;
}

export interface ConsoleRecorder {
    readonly saveActions: SaveAction[];
    readonly setSaveNeeded: jest.Mock;
    readonly unRegistered: SaveAction[];
    /** What the System Console's Save does with our part: run every registered save action. */
    save(): Promise<Array<{error?: {message: string}}>>;
}

export function consoleRecorder(): ConsoleRecorder {
    const saveActions: SaveAction[] = [];
    const unRegistered: SaveAction[] = [];
    return {
        saveActions,
        unRegistered,
        setSaveNeeded: jest.fn(),
        save: () => Promise.all(saveActions.map((action) => action())),
    };
}

export function consoleProps(recorder: ConsoleRecorder, overrides: Partial<AdminCustomSettingProps> = {}): AdminCustomSettingProps {
    return {
        id: 'PluginSettings.Plugins.plugin-onboard.trackerpolicy',
        label: 'Tracker policy',
        helpText: null,
        value: undefined,
        disabled: false,
        config: {},
        license: {},
        setByEnv: false,
        onChange: jest.fn(),
        registerSaveAction: (action) => {
            recorder.saveActions.push(action);
        },
        unRegisterSaveAction: (action) => {
            recorder.unRegistered.push(action);
            const index = recorder.saveActions.indexOf(action);
            if (index >= 0) {
                recorder.saveActions.splice(index, 1);
            }
        },
        setSaveNeeded: recorder.setSaveNeeded,
        cancelSubmit: jest.fn(),
        showConfirm: false,
        ...overrides,
    };
}

export function hostStore(userId: string, username: string, teams: ReadonlyArray<{id: string; name: string}>, currentTeamId: string) {
    const store = configureStore({appReducers: {[PLUGIN_STATE_KEY]: reducer}, getAppReducers: () => ({[PLUGIN_STATE_KEY]: reducer}), preloadedState: {}});
    store.dispatch({type: UserTypes.RECEIVED_ME, data: {id: userId, username, roles: 'system_user system_admin'}});
    store.dispatch({
        type: TeamTypes.RECEIVED_TEAMS_LIST,
        data: teams.map((team): Partial<Team> => ({id: team.id, name: team.name.toLowerCase(), display_name: team.name, delete_at: 0})),
    });
    store.dispatch({type: TeamTypes.RECEIVED_MY_TEAM_MEMBERS, data: teams.map((team) => ({team_id: team.id, user_id: userId, roles: 'team_user', delete_at: 0}))});
    store.dispatch({type: TeamTypes.SELECT_TEAM, data: currentTeamId});
    return store;
}

export type HostStore = ReturnType<typeof hostStore>;

export interface Browser {
    readonly store: HostStore;
    readonly session: TrackerSession;
    readonly stop: () => void;
}

/** One user's browser: their store, their session over the memory server, their websocket. */
export function openBrowser(server: MemoryMattermost, userId: string, username: string, teams: ReadonlyArray<{id: string; name: string}>, currentTeamId: string): Browser {
    const store = hostStore(userId, username, teams, currentTeamId);
    const session = createTrackerSession({store, storage: createMemoryStorage(server, userId), currentUserId: () => userId, reportDelay: neverReport});
    const stop = server.subscribe(userId, (message) => session.handleWebSocketEvent(message));
    return {store, session, stop};
}

export function renderPolicySetting(browser: Browser, props: AdminCustomSettingProps): RenderResult {
    return render(
        <Provider store={browser.store}>
            <IntlProvider locale='en'>
                <AppProvider
                    session={browser.session}
                    showRhs={() => undefined}
                >
                    <PolicySetting {...props}/>
                </AppProvider>
            </IntlProvider>
        </Provider>,
    );
}

export function globalState(browser: Browser): GlobalState {
    return browser.store.getState() as GlobalState;
}
