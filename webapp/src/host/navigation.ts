// Opening a page of the webapp as Mattermost lets a plugin: the webapp exposes its router's history
// as window.WebappUtils.browserHistory (webapp/channels/src/plugins/export.js). It is read when
// needed, never at start-up, and checked rather than trusted: an older or a different host may lack it.
interface PathHistory {
    push(path: string): void;
}

function browserHistory(): PathHistory | null {
    const utils: unknown = Reflect.get(window, 'WebappUtils');
    const history: unknown = typeof utils === 'object' && utils !== null ? Reflect.get(utils, 'browserHistory') : null;
    const push: unknown = typeof history === 'object' && history !== null ? Reflect.get(history, 'push') : null;
    return typeof push === 'function' ? {push: (path) => Reflect.apply(push, history, [path])} : null;
}

/** Opens a channel of a team by their URL names; false when this webapp offers plugins no way to. */
export function openChannelByName(teamName: string, channelName: string): boolean {
    const history = browserHistory();
    if (history === null) {
        return false;
    }
    history.push(`/${encodeURIComponent(teamName)}/channels/${encodeURIComponent(channelName)}`);
    return true;
}

/** Puts text on the clipboard; false when the browser refuses (no permission, an insecure page). */
export async function copyText(text: string): Promise<boolean> {
    try {
        await navigator.clipboard.writeText(text);
        return true;
    } catch {
        return false;
    }
}
