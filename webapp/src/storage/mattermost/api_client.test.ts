// The bundle's own client against the real Client4: for every method the adapter sends and every
// route it builds, the same headers and the same URLs, with and without the MMCSRF cookie, under
// any site URL. If a Client4 release changes what the webapp's requests carry, this fails.
import {Client4} from '@mattermost/client';

import {webappClient, type ApiClient} from './api_client';

const CHANNEL = 'cccccccccccccccccccccccccc';
const USER = 'uuuuuuuuuuuuuuuuuuuuuuuuuu';
const TEAM = 'tttttttttttttttttttttttttt';

function routes(client: ApiClient): string[] {
    return [
        client.getUsersRoute(), client.getTeamRoute(TEAM), client.getChannelsRoute(), client.getChannelRoute(CHANNEL),
        client.getChannelMembersRoute(CHANNEL), client.getChannelMemberRoute(CHANNEL, USER), client.getPostsRoute(), client.getCommandsRoute(),
    ];
}

function setCookie(cookie: string | null): void {
    if (cookie === null) {
        Reflect.deleteProperty(globalThis, 'document');
    } else {
        Object.defineProperty(globalThis, 'document', {value: {cookie}, configurable: true});
    }
}

afterEach(() => setCookie(null));

describe.each([
    ['no cookie at all', null],
    ['a session without the CSRF cookie', 'MMUSERID=u; MMAUTHTOKEN=t'],
    ['the CSRF cookie among others', 'MMUSERID=u;  MMCSRF=csrf-token-1 ; MMAUTHTOKEN=t'],
])('with %s', (_, cookie) => {
    it.each([
        ['get', undefined], ['post', '{"a":1}'], ['put', '{}'], ['delete', undefined], ['POST', '[]'], ['GET', undefined],
    ])('%s with body %p carries what Client4 would send', (method, body) => {
        setCookie(cookie);
        const options = body === undefined ? {method} : {method, body};
        // What http.ts takes from the setup: the headers and the credentials mode.
        const {headers, credentials} = new Client4().getOptions(options);
        expect(webappClient().getOptions(options)).toEqual({headers, credentials});
    });
});

it.each(['', 'https://chat.example.com', 'https://example.com/company/chat', 'http://localhost:8065'])('builds the routes Client4 builds under site URL %p', (url) => {
    const own = webappClient();
    const real = new Client4();
    own.setUrl(url);
    real.setUrl(url);
    expect(routes(own)).toEqual(routes(real));
});

it('builds relative /api/v4 routes before any site URL is set, as Client4 does', () => {
    expect(routes(webappClient())).toEqual(routes(new Client4()));
});
