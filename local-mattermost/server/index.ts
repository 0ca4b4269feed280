// The local Mattermost: a TypeScript server with the REST and websocket subset the plugin and
// the host page use, backed by an embedded store under dataDir.
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {Duplex} from 'node:stream';

import type {PluginsResponse} from '@mattermost/types/plugins';
import {z} from 'zod';

import {LocalApp} from './app';
import {authenticate} from './auth';
import {AppError, permissionError, sessionExpired} from './errors';
import {Faults, faultRulesBody, type FaultController} from './faults';
import {bodyReader, newRequestId, ok, readJson, send, sendError, type AuthedCtx, type Ctx, type Reply, type Route} from './http';
import {ChannelChanges} from './channel_changes';
import {PostDelete} from './post_delete';
import {PostEdits} from './post_edits';
import {Posts} from './posts';
import {seededRandom} from './random';
import {channelAdminRoutes} from './routes_channel_admin';
import {channelRoutes} from './routes_channels';
import {memberRoutes} from './routes_members';
import {miscRoutes} from './routes_misc';
import {postRoutes} from './routes_posts';
import {userRoutes} from './routes_users';
import {seed} from './seed';
import {fullManifests, notFoundText, readPlugins, serveStatic, webappManifests} from './static';
import {Store} from './store';
import {WebSocketHub} from './websocket';
import {startLocalGitHub, type LocalGitHub} from '../github/server';
import type {LocalRepo} from '../github/repos';

export type {FaultController, FaultRule} from './faults';
export {seedPassword, seedUsers, seedTeam} from './seed';
export type {SeedUsername} from './seed_accounts';
export {loginSeeded, type LoggedIn} from './client_login';

export interface LocalMattermostOptions {
    port?: number;
    host?: string;
    dataDir: string;
    seed?: boolean;
    strictCsrf?: boolean;
    pluginDirs?: string[];
    hostPageDir?: string;
    log?: (line: string) => void;
    // Enables POST /__local/faults, /__local/faults/clear and /__local/websockets/drop.
    testRoutes?: boolean;
    // Mattermost's ServiceSettings.MaximumPayloadSizeBytes (default 300000); bodies above it get 413.
    maxPayloadBytes?: number;
    // Posts with equal create_at come back in a new order on every request, as from a real
    // database; a seed makes that order (and which rows a capped `since` keeps) repeatable.
    tieOrderSeed?: number;
    // How long a post whose message holds a URL takes to be saved after its create_at (Mattermost
    // fetches link previews in between, up to 5 s). 0, the default, saves at once.
    linkPreviewDelayMs?: number;
    // ServiceSettings.EnableCommands (default true); off, creating a slash command answers 501.
    enableCommands?: boolean;
    // The local GitHub API imitation started beside it, for the repository checks (local-mattermost/github).
    github?: {port?: number; repos?: readonly LocalRepo[]};
    // A round trip added to every request (and websocket upgrade), as on a real network; 0, the
    // default, is loopback. Changed while running with setNetwork or POST /__local/network.
    latencyMs?: number;
}

export interface LocalMattermost {
    url: string;
    port: number;
    close(): Promise<void>;
    faults: FaultController;
    /** The GitHub API imitation started with it: the browser tests point api.github.com at its url. */
    github: LocalGitHub;
    /** Changes the simulated network of the running server (see LocalMattermostOptions.latencyMs). */
    setNetwork(network: {latencyMs: number}): void;
}

// Go's http.MaxBytesReader is given MaximumPayloadSizeBytes + bytes.MinRead.
const minRead = 512;

const linkPreviewDelayBody = z.object({delayMs: z.number().int().min(0).max(60_000)});
const networkBody = z.object({latencyMs: z.number().int().min(0).max(60_000)});

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function startLocalMattermost(opts: LocalMattermostOptions): Promise<LocalMattermost> {
    const log = opts.log ?? (() => undefined);
    const store = new Store(opts.dataDir);
    const app = new LocalApp(store, {
        random: opts.tieOrderSeed === undefined ? Math.random : seededRandom(opts.tieOrderSeed),
        linkPreviewDelayMs: opts.linkPreviewDelayMs ?? 0,
        enableCommands: opts.enableCommands ?? true,
        latencyMs: opts.latencyMs ?? 0,
    });
    if (opts.seed !== false && store.isEmpty()) {
        seed(app);
    }
    const hub = new WebSocketHub(app);
    const faults = new Faults(() => hub.dropAll());
    const posts = new Posts(app);
    const postServices = {posts, edits: new PostEdits(app, posts), deletion: new PostDelete(app, posts)};
    const pluginDirs = opts.pluginDirs ?? [];
    const strictCsrf = opts.strictCsrf !== false;
    const maxBody = (opts.maxPayloadBytes ?? 300000) + minRead;
    let url = '';

    const routes: Route[] = [
        ...userRoutes(app),
        ...channelRoutes(app),
        ...memberRoutes(app, posts),
        ...channelAdminRoutes(app, new ChannelChanges(app, posts)),
        ...postRoutes(app, postServices),
        ...miscRoutes(app, {siteUrl: () => url, pluginIds: () => readPlugins(pluginDirs).map((p) => p.manifest.id)}),
        {method: 'GET', pattern: /^\/api\/v4\/plugins\/webapp$/, access: 'public', handle: () => ({json: webappManifests(pluginDirs)})},
        {method: 'GET', pattern: /^\/api\/v4\/plugins$/, access: 'session', handle: (ctx) => {
            if (!app.isSystemAdmin(ctx.auth.user.id)) {
                throw permissionError('manage_system');
            }
            const response: PluginsResponse = {active: fullManifests(pluginDirs), inactive: []};
            return {json: response};
        }},
    ];

    const testRoute = async (ctx: Ctx): Promise<Reply | undefined> => {
        const path = ctx.url.pathname;
        if (ctx.req.method !== 'POST') {
            return undefined;
        }
        if (path === '/__local/faults') {
            const body = await readJson(ctx, faultRulesBody, 'rules');
            for (const rule of body.rules) {
                faults.add(rule);
            }
            return {json: ok};
        }
        if (path === '/__local/faults/clear') {
            faults.clear();
            return {json: ok};
        }
        if (path === '/__local/websockets/drop') {
            hub.dropAll();
            return {json: ok};
        }
        if (path === '/__local/network') {
            app.settings.latencyMs = (await readJson(ctx, networkBody, 'network')).latencyMs;
            return {json: ok};
        }
        if (path === '/__local/link-preview-delay') {
            app.settings.linkPreviewDelayMs = (await readJson(ctx, linkPreviewDelayBody, 'delay')).delayMs;
            return {json: ok};
        }
        return undefined;
    };

    const handle = async (req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> => {
        const parsedUrl = new URL(req.url ?? '/', 'http://localhost');
        const method = req.method ?? 'GET';
        const ctx: Ctx = {req, url: parsedUrl, params: {}, requestId, auth: undefined, body: bodyReader(req, maxBody)};
        const path = parsedUrl.pathname;

        if (opts.testRoutes === true && path.startsWith('/__local/')) {
            const reply = await testRoute(ctx);
            send(res, reply ?? {status: 404, json: new AppError(404, 'api.context.404.app_error', 'Not found.').toWire(requestId)}, requestId);
            return;
        }

        // The round trip first: the request travels before the server sees it. Test routes above
        // are the harness talking to the server, not a client on the network.
        if (app.settings.latencyMs > 0) {
            await wait(app.settings.latencyMs);
        }
        const effect = faults.effectFor(method, path);
        if (effect.delayMs > 0) {
            await wait(effect.delayMs);
        }
        if (effect.status !== undefined) {
            throw new AppError(effect.status, 'local.fault_injected.app_error', 'Injected fault.', `${method} ${path}`);
        }

        if (!path.startsWith('/api/v4/')) {
            send(res, method === 'GET' || method === 'HEAD' ? serveStatic(path, pluginDirs, opts.hostPageDir) : notFoundText, requestId);
            return;
        }

        let pathMatched = false;
        for (const r of routes) {
            const match = r.pattern.exec(path);
            if (match === null) {
                continue;
            }
            pathMatched = true;
            if (r.method !== method) {
                continue;
            }
            ctx.params = {...match.groups};
            ctx.auth = authenticate(app, req, strictCsrf);
            if (r.access === 'session' && ctx.auth === undefined) {
                throw sessionExpired('UserRequired');
            }
            // Public routes run with or without a session; 'session' routes are guaranteed one above.
            const reply = await r.handle(ctx as AuthedCtx);
            send(res, reply, requestId);
            return;
        }
        throw pathMatched ?
            new AppError(405, 'api.context.method_not_allowed.app_error', 'Method not allowed.') :
            new AppError(404, 'api.context.404.app_error', 'Sorry, we could not find the page.', path);
    };

    const server = createServer((req, res) => {
        const requestId = newRequestId();
        const started = Date.now();
        handle(req, res, requestId).catch((err: unknown) => {
            if (err instanceof AppError) {
                sendError(res, err, requestId);
                return;
            }
            log(`error ${req.method} ${req.url}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
            sendError(res, new AppError(500, 'api.context.internal_error', 'An internal error occurred.'), requestId);
        }).finally(() => {
            log(`${req.method} ${req.url} ${res.statusCode} ${Date.now() - started}ms`);
        });
    });

    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        if (path !== '/api/v4/websocket') {
            socket.destroy();
            return;
        }
        const effect = faults.effectFor('GET', path);
        const proceed = () => {
            if (effect.status !== undefined) {
                socket.end(`HTTP/1.1 ${effect.status} Injected fault\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
                return;
            }
            hub.upgrade(req, socket, head);
        };
        const delayMs = effect.delayMs + app.settings.latencyMs;
        if (delayMs > 0) {
            setTimeout(proceed, delayMs);
        } else {
            proceed();
        }
    });

    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
    });
    const address = server.address();
    if (address === null || typeof address === 'string') {
        throw new Error('local Mattermost: server has no TCP address');
    }
    url = `http://${opts.host ?? '127.0.0.1'}:${address.port}`;
    log(`local Mattermost listening on ${url}`);

    const github = await startLocalGitHub({port: opts.github?.port ?? 0, host: opts.host ?? '127.0.0.1', repos: opts.github?.repos ?? []});
    log(`local GitHub API listening on ${github.url}`);

    return {
        url,
        port: address.port,
        faults,
        github,
        setNetwork: (network) => {
            app.settings.latencyMs = network.latencyMs;
        },
        close: async () => {
            await github.close();
            await hub.close();
            server.closeAllConnections();
            await new Promise<void>((resolve) => server.close(() => resolve()));
        },
    };
}
