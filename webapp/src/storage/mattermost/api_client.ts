// What the adapter asks of a REST client: Client4's request setup and route getters, under the same
// names, so that a real Client4 (the tests build one per user) fits where the bundle's own client goes.
//
// The bundle does not carry Client4: the adapter already sends every request with fetch itself (see
// http.ts), so all it used of Client4 was these few methods, and Client4 is one CommonJS class that
// cannot be tree-shaken: 15 KB gzip on every first use (platform.md "What a plugin's size costs").
// webappClient() is those methods alone. api_client.test.ts holds it to Client4's own answers, the
// real Client4 being the reference: same headers for every method, same URLs under any site URL.

export interface RequestSetup {
    readonly headers: Record<string, string>;
    readonly credentials?: RequestCredentials;
}

export interface ApiClient {
    setUrl(url: string): void;
    getOptions(options: {method: string; body?: string}): RequestSetup;
    getUsersRoute(): string;
    getTeamRoute(teamId: string): string;
    getChannelsRoute(): string;
    getChannelRoute(channelId: string): string;
    getChannelMembersRoute(channelId: string): string;
    getChannelMemberRoute(channelId: string, userId: string): string;
    getPostsRoute(): string;
    getCommandsRoute(): string;
}

/** The MMCSRF cookie the server sets at login (Client4.getCSRFFromCookie reads the same one). */
function csrfFromCookie(): string {
    if (typeof document === 'undefined' || typeof document.cookie !== 'string') {
        return '';
    }
    for (const cookie of document.cookie.split(';')) {
        const trimmed = cookie.trim();
        if (trimmed.startsWith('MMCSRF=')) {
            return trimmed.slice('MMCSRF='.length);
        }
    }
    return '';
}

/**
 * The webapp's own requests, as the logged-in user: the session cookie (credentials: include),
 * X-Requested-With (the server's CSRF check, and what makes a 401 not prompt for basic auth), the
 * CSRF token on every method but GET, and a JSON content type when there is a body.
 */
export function webappClient(): ApiClient {
    let base = '/api/v4';
    const channel = (channelId: string) => `${base}/channels/${channelId}`;
    return {
        setUrl(url) {
            base = `${url}/api/v4`;
        },
        getOptions({method, body}) {
            const headers: Record<string, string> = {'X-Requested-With': 'XMLHttpRequest'};
            const csrf = csrfFromCookie();
            if (method.toLowerCase() !== 'get' && csrf) {
                headers['X-CSRF-Token'] = csrf;
            }
            if (body) {
                headers['Content-Type'] = 'application/json';
            }
            return {headers, credentials: 'include'};
        },
        getUsersRoute: () => `${base}/users`,
        getTeamRoute: (teamId) => `${base}/teams/${teamId}`,
        getChannelsRoute: () => `${base}/channels`,
        getChannelRoute: channel,
        getChannelMembersRoute: (channelId) => `${channel(channelId)}/members`,
        getChannelMemberRoute: (channelId, userId) => `${channel(channelId)}/members/${userId}`,
        getPostsRoute: () => `${base}/posts`,
        getCommandsRoute: () => `${base}/commands`,
    };
}
