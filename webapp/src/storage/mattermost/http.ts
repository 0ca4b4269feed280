// One request over a client's request setup (api_client.ts: what the webapp's requests carry, or a
// real Client4's getOptions in tests, the bearer token included when one is set), at a URL its
// route getters built. The fetch is ours, not Client4's doFetch, because Client4's errors drop the
// HTTP status and headers, and the retry rules need both (429 Retry-After, 5xx, 413).
import {type z} from 'zod/mini';

import {errorFromResponse} from '../http_errors';
import {StorageError, type StorageOperation} from '../port';

import type {ApiClient} from './api_client';

export interface HttpDeps {
    readonly client: ApiClient;
    /** A request with no answer after this long counts as a network failure (and may be retried). */
    readonly timeoutMs: number;
}

/** Sends one request and parses the answer with schema; every failure comes back as a StorageError. */
export async function request<S extends z.ZodMiniType>(
    deps: HttpDeps,
    operation: StorageOperation,
    method: 'get' | 'post' | 'put' | 'delete',
    url: string,
    schema: S,
    body?: unknown,
): Promise<z.infer<S>> {
    const json = body === undefined ? undefined : JSON.stringify(body);
    const prepared = deps.client.getOptions(json === undefined ? {method} : {method, body: json});
    const init: RequestInit = {method, headers: prepared.headers, signal: AbortSignal.timeout(deps.timeoutMs)};
    if (prepared.credentials) {
        init.credentials = prepared.credentials;
    }
    if (json !== undefined) {
        init.body = json;
    }
    let response: Response;
    let data: unknown;
    try {
        response = await fetch(url, init);
        // Like Client4: JSON only when the server says exactly application/json.
        data = response.headers.get('Content-Type') === 'application/json' ? await response.json() : await response.text();
    } catch (error) {
        // By name, not instanceof Error: fetch rejects with a DOMException, which need not come from
        // this realm's Error (under jest it does not, and timeouts read as "could not be reached").
        const name: unknown = typeof error === 'object' && error !== null ? Reflect.get(error, 'name') : undefined;
        const timedOut = name === 'TimeoutError' || name === 'AbortError';
        return Promise.reject(new StorageError({
            kind: 'network',
            operation,
            status: 0,
            message: `${operation} failed: ${timedOut ? `no answer within ${deps.timeoutMs} ms` : 'the server could not be reached'}`,
        }));
    }
    if (!response.ok) {
        throw errorFromResponse(operation, response.status, response.headers, data);
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
        throw new StorageError({
            kind: 'server',
            operation,
            status: response.status,
            message: `${operation} failed: the server's answer is not what Mattermost sends (${parsed.error.issues[0]?.message ?? 'unexpected shape'})`,
        });
    }
    return parsed.data;
}
