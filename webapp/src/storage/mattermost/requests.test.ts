// What goes over the wire: the headers the webapp's own requests carry, and URLs under a subpath site URL.
import {createServer, type IncomingHttpHeaders, type Server} from 'node:http';

import {Client4} from '@mattermost/client';

import {registration} from '../testing/contract';

import {createMattermostStorage} from './adapter';

const USER = 'uuuuuuuuuuuuuuuuuuuuuuuuuu';
const CHANNEL = 'cccccccccccccccccccccccccc';
let server: Server;
let base: string;
const seen: {method: string; url: string; headers: IncomingHttpHeaders}[] = [];

beforeAll(async () => {
    server = createServer((req, res) => {
        seen.push({method: req.method ?? '', url: req.url ?? '', headers: req.headers});
        req.resume();
        req.on('end', () => {
            const post = {id: 'pppppppppppppppppppppppppp', create_at: 1, update_at: 1, user_id: USER, channel_id: CHANNEL, type: 'custom_plugin_onboard', props: {}};
            const body = req.method === 'POST' ? post : {order: [], posts: {}};
            res.writeHead(req.method === 'POST' ? 201 : 200, {'Content-Type': 'application/json'});
            res.end(JSON.stringify(body));
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
    Reflect.deleteProperty(globalThis, 'document');
    await new Promise((resolve) => server.close(resolve));
});

it.each([
    ['the bundle\'s own client', () => ({})],
    ['a real Client4', () => ({client: new Client4()})],
])('%s sends X-Requested-With always and X-CSRF-Token on writes only, under the site URL\'s subpath', async (_, client) => {
    seen.length = 0;
    Object.defineProperty(globalThis, 'document', {value: {cookie: 'MMCSRF=csrf-from-cookie'}, configurable: true});
    const storage = createMattermostStorage({siteUrl: `${base}/company/chat/`, currentUserId: () => USER, ...client()});
    await storage.loadAll(CHANNEL);
    const event = registration(USER);
    await storage.append(CHANNEL, event, {rootId: '', message: 'm'});
    // A whole read is the pages, then one catch-up `since` (storage/read_log.ts); then the write.
    const read = seen[0];
    const write = seen.find((request) => request.method === 'POST');
    expect(read?.url).toMatch(/^\/company\/chat\/api\/v4\/channels\/c{26}\/posts\?page=0&per_page=200&/);
    expect(read?.headers['x-requested-with']).toBe('XMLHttpRequest');
    expect(read?.headers['x-csrf-token']).toBeUndefined();
    expect(write).toMatchObject({method: 'POST', url: '/company/chat/api/v4/posts'});
    expect(write?.headers['x-requested-with']).toBe('XMLHttpRequest');
    expect(write?.headers['x-csrf-token']).toBe('csrf-from-cookie');
    expect(write?.headers['content-type']).toBe('application/json');
});
