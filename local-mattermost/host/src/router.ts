// The few routes of the host, named as the webapp names them.
import {seedTeam} from '../../server/seed_accounts';

export type Route =
    | {kind: 'login'}
    | {kind: 'channel'; teamName: string; channelName: string}
    | {kind: 'admin'; pluginId: string}
    | {kind: 'home'};

export const DEFAULT_TEAM = seedTeam.name;
export const DEFAULT_CHANNEL = 'town-square';

export function parseRoute(pathname: string): Route {
    if (pathname === '/login') {
        return {kind: 'login'};
    }
    const admin = /^\/admin_console\/plugins\/plugin_([^/]+)\/?$/.exec(pathname);
    if (admin?.[1]) {
        return {kind: 'admin', pluginId: decodeURIComponent(admin[1])};
    }
    const channel = /^\/([^/]+)\/channels\/([^/]+)\/?$/.exec(pathname);
    if (channel?.[1] && channel[2]) {
        return {kind: 'channel', teamName: decodeURIComponent(channel[1]), channelName: decodeURIComponent(channel[2])};
    }
    return {kind: 'home'};
}

export function channelPath(teamName: string, channelName: string): string {
    return `/${encodeURIComponent(teamName)}/channels/${encodeURIComponent(channelName)}`;
}

export function adminPluginPath(pluginId: string): string {
    return `/admin_console/plugins/plugin_${encodeURIComponent(pluginId)}`;
}

const listeners = new Set<() => void>();

// Keeps the query string (e.g. ?appbar=0) so a test's host options survive navigation.
export function navigate(path: string): void {
    window.history.pushState(null, '', path + window.location.search);
    listeners.forEach((l) => l());
}

export function subscribeRoute(listener: () => void): () => void {
    listeners.add(listener);
    window.addEventListener('popstate', listener);
    return () => {
        listeners.delete(listener);
        window.removeEventListener('popstate', listener);
    };
}

export function isAppBarEnabled(): boolean {
    return new URLSearchParams(window.location.search).get('appbar') !== '0';
}
