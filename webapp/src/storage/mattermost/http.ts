// One request over Client4's own request setup. Client4.getOptions adds exactly what the webapp's
// requests carry (X-Requested-With: XMLHttpRequest, X-CSRF-Token from the MMCSRF cookie on non-GET
// requests, the bearer token when one is set, credentials: 'include'); Client4's route getters
// build the URLs under the configured site URL. We issue the fetch ourselves only because Client4's
// errors drop the HTTP status and headers, and the retry rules need both (429 Retry-After, 5xx, 413).
import type {Client4} from '@mattermost/client';
import {type z} from 'zod/mini';

import {errorFromResponse} from '../http_errors';
import {StorageError, type StorageOperation} from '../port';

export interface HttpDeps {
    readonly client: Client4;
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
