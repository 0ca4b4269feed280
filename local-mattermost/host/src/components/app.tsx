// Boot and routing: check the session, fill the store, open the channel, connect the websocket,
// then load the plugins (after the user is known, as the webapp does).
import React, {useCallback, useEffect, useRef, useState, useSyncExternalStore} from 'react';
import {useSelector} from 'react-redux';

import {getChannelsInCurrentTeam} from 'mattermost-redux/selectors/entities/channels';
import {getCurrentTeam} from 'mattermost-redux/selectors/entities/teams';

import {openChannel} from '../channel_nav';
import {errorText, loadWebappPlugins, reportPluginError} from '../plugins/loader';
import {channelPath, DEFAULT_CHANNEL, DEFAULT_TEAM, navigate, parseRoute, subscribeRoute} from '../router';
import {dispatchTheme, fetchMe, loadSession} from '../session';
import type {HostState, HostStore} from '../store/configure';
import {applyThemeCss, storeThemeName, storedThemeName, themeByName, type ThemeName} from '../theme';
import {connectWebSocket} from '../websocket';

import AdminConsole from './admin_console';
import ChannelsLayout from './channels_layout';
import {HostContext, type HostServices} from './host_context';
import Login from './login';
import PluginIntl from './plugin_intl';
import ReportBanner from './report_banner';
import RootComponents from './root_components';

type Boot = {kind: 'loading'} | {kind: 'anonymous'} | {kind: 'failed'; message: string} | {kind: 'ready'; services: HostServices};

function currentPath(): string {
    return window.location.pathname;
}

function ChannelRoute({teamName, channelName, services, themeName, onThemeChange}: {teamName: string; channelName: string; services: HostServices; themeName: ThemeName; onThemeChange: (n: ThemeName) => void}) {
    const team = useSelector((state: HostState) => getCurrentTeam(state));
    const channels = useSelector((state: HostState) => getChannelsInCurrentTeam(state));
    const [channelError, setChannelError] = useState('');
    const target = channels.find((c) => c.name === channelName);
    const targetId = target?.id;

    useEffect(() => {
        if (!targetId) {
            setChannelError(team && teamName === team.name ? `Channel ${channelName} was not found.` : '');
            return;
        }
        setChannelError('');
        openChannel(services.store, targetId, services.memberOf).catch((err: unknown) => setChannelError(errorText(err)));
    }, [targetId, channelName, teamName, team, services]);

    return (
        <ChannelsLayout
            pluginIds={services.pluginIds}
            themeName={themeName}
            onThemeChange={onThemeChange}
            channelError={channelError}
        />
    );
}

export default function App({store}: {store: HostStore}) {
    const path = useSyncExternalStore(subscribeRoute, currentPath);
    const route = parseRoute(path);
    const [boot, setBoot] = useState<Boot>({kind: 'loading'});
    const [themeName, setThemeName] = useState<ThemeName>(storedThemeName());
    const started = useRef(false);

    useEffect(() => {
        if (started.current) {
            return;
        }
        started.current = true;
        (async () => {
            const me = await fetchMe();
            if (!me) {
                setBoot({kind: 'anonymous'});
                return;
            }
            const initial = parseRoute(window.location.pathname);
            const teamName = initial.kind === 'channel' ? initial.teamName : DEFAULT_TEAM;
            const channelName = initial.kind === 'channel' ? initial.channelName : DEFAULT_CHANNEL;
            const session = await loadSession(store, me, teamName, channelName, storedThemeName());
            if (initial.kind === 'home' || initial.kind === 'login') {
                navigate(channelPath(session.team?.name ?? DEFAULT_TEAM, session.channel?.name ?? DEFAULT_CHANNEL));
            }
            connectWebSocket(store);
            const services: HostServices = {store, memberOf: session.memberOf, pluginIds: []};
            try {
                const manifests = await loadWebappPlugins(store);
                services.pluginIds = manifests.map((m) => m.id);
            } catch (err) {
                reportPluginError('host', 'listing webapp plugins', err);
            }
            setBoot({kind: 'ready', services});
        })().catch((err: unknown) => setBoot({kind: 'failed', message: errorText(err)}));
    }, [store]);

    const onThemeChange = useCallback((name: ThemeName) => {
        storeThemeName(name);
        applyThemeCss(themeByName(name), name);
        dispatchTheme(store, store.getState().entities.users.currentUserId, name);
        setThemeName(name);
    }, [store]);

    let page: React.ReactNode;
    if (boot.kind === 'loading') {
        page = <div className='host-loading'>{'Loading…'}</div>;
    } else if (boot.kind === 'failed') {
        page = <div className='admin-banner admin-banner--error' role='alert'>{`The page could not start: ${boot.message}`}</div>;
    } else if (boot.kind === 'anonymous' || route.kind === 'login') {
        page = <Login/>;
    } else if (route.kind === 'admin') {
        page = <AdminConsole pluginId={route.pluginId}/>;
    } else {
        page = (
            <ChannelRoute
                teamName={route.kind === 'channel' ? route.teamName : DEFAULT_TEAM}
                channelName={route.kind === 'channel' ? route.channelName : DEFAULT_CHANNEL}
                services={boot.services}
                themeName={themeName}
                onThemeChange={onThemeChange}
            />
        );
    }

    return (
        <PluginIntl>
            <ReportBanner/>
            {boot.kind === 'ready' ? (
                <HostContext.Provider value={boot.services}>
                    {page}
                    <RootComponents/>
                </HostContext.Provider>
            ) : page}
        </PluginIntl>
    );
}
