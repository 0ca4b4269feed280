// A small router with Mattermost's request conventions: JSON in and out, request ids, a body
// size limit, and errors rendered as AppError JSON with Content-Type exactly application/json.
import type {IncomingMessage, ServerResponse} from 'node:http';

import type {z} from 'zod';

import {AppError, invalidBodyParam} from './errors';
import {newId} from './ids';
import type {SessionRecord, UserRecord} from './records';

export interface Auth {
    session: SessionRecord;
    user: UserRecord;
}

export interface Ctx {
    req: IncomingMessage;
    url: URL;
    params: Record<string, string>;
    requestId: string;
    auth: Auth | undefined;
    body: () => Promise<Buffer>;
}

export interface AuthedCtx extends Ctx {
    auth: Auth;
}

export interface Reply {
    status?: number;
    json?: unknown;
    file?: {contentType: string; data: Buffer | string};
    headers?: Record<string, string | string[]>;
}

export interface Route {
    method: string;
    pattern: RegExp;
    // 'session' routes answer 401 without a valid session, as Mattermost's APISessionRequired does.
    access: 'public' | 'session';
    handle: (ctx: AuthedCtx) => Reply | Promise<Reply>;
}

export function route(method: string, path: string, handle: (ctx: AuthedCtx) => Reply | Promise<Reply>, access: Route['access'] = 'session'): Route {
    const pattern = new RegExp('^' + path.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)') + '$');
    return {method, pattern, access, handle};
}

export function param(ctx: Ctx, name: string): string {
    const value = ctx.params[name];
    if (value === undefined) {
        throw new Error(`route has no {${name}} segment`);
    }
    return value;
}

export async function readJson<S extends z.ZodType>(ctx: Ctx, schema: S, name: string): Promise<z.infer<S>> {
    const raw = await ctx.body();
    let parsed: unknown;
    try {
        parsed = JSON.parse(raw.toString('utf8'));
    } catch {
        throw invalidBodyParam(name);
    }
    const result = schema.safeParse(parsed);
    if (!result.success) {
        throw new AppError(400, 'api.context.invalid_body_param.app_error', `Invalid or missing ${name} in request body.`, result.error.message);
    }
    return result.data;
}

export function bodyReader(req: IncomingMessage, maxBytes: number): () => Promise<Buffer> {
    let pending: Promise<Buffer> | undefined;
    return () => {
        pending ??= new Promise<Buffer>((resolve, reject) => {
            const chunks: Buffer[] = [];
            let size = 0;
            req.on('data', (chunk: Buffer) => {
                size += chunk.length;
                if (size > maxBytes) {
                    reject(new AppError(413, 'api.context.request_body_too_large.app_error', 'The request body is too large.', `limit ${maxBytes} bytes`));
                    req.resume();
                    return;
                }
                chunks.push(chunk);
            });
            req.on('end', () => resolve(Buffer.concat(chunks)));
            req.on('error', reject);
        });
        return pending;
    };
}

export function parseCookies(header: string | undefined): Map<string, string> {
    const cookies = new Map<string, string>();
    for (const part of (header ?? '').split(';')) {
        const eq = part.indexOf('=');
        if (eq > 0) {
            cookies.set(part.slice(0, eq).trim(), decodeURIComponent(part.slice(eq + 1).trim()));
        }
    }
    return cookies;
}

export const serverVersion = '11.9.0';
export const versionHeader = `${serverVersion}.local.localhash.false`;

export function send(res: ServerResponse, reply: Reply, requestId: string): void {
    if (res.headersSent) {
        return;
    }
    res.setHeader('X-Request-Id', requestId);
    res.setHeader('X-Version-Id', versionHeader);
    for (const [name, value] of Object.entries(reply.headers ?? {})) {
        res.setHeader(name, value);
    }
    const status = reply.status ?? 200;
    if (reply.file !== undefined) {
        res.writeHead(status, {'Content-Type': reply.file.contentType});
        res.end(reply.file.data);
        return;
    }
    res.writeHead(status, {'Content-Type': 'application/json'});
    res.end(reply.json === undefined ? '' : JSON.stringify(reply.json));
}

export function sendError(res: ServerResponse, error: AppError, requestId: string): void {
    send(res, {status: error.status, json: error.toWire(requestId)}, requestId);
}

export const newRequestId = newId;

export const ok = {status: 'OK'} as const;
