// The browser's IndexedDB as a RecordStore for the log cache: one database of the plugin's own, one
// object store of records by key. Every failure (no IndexedDB, private browsing, a blocked
// upgrade, a full quota) rejects, and the cache reads a rejection as "nothing kept".
import type {RecordStore} from './log_cache';

const DATABASE = 'plugin-onboard';
const STORE = 'tracker-logs';

function done<T>(request: IDBRequest<T>): Promise<T> {
    return new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
    return new Promise((resolve, reject) => {
        const request = factory.open(DATABASE, 1);
        request.onupgradeneeded = () => {
            if (!request.result.objectStoreNames.contains(STORE)) {
                request.result.createObjectStore(STORE);
            }
        };
        request.onsuccess = () => {
            const db = request.result;
            // Another tab upgrading the database must not wait on this one.
            db.onversionchange = () => db.close();
            resolve(db);
        };
        request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
        request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    });
}

export function indexedDbRecords(factory: IDBFactory): RecordStore {
    let opened: Promise<IDBDatabase> | null = null;
    const database = (): Promise<IDBDatabase> => {
        opened ??= openDatabase(factory).catch((error: unknown) => {
            opened = null;
            throw error;
        });
        return opened;
    };

    async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
        const transaction = (await database()).transaction(STORE, mode);
        const result = done(act(transaction.objectStore(STORE)));
        // A write counts once its transaction has committed (a full quota fails it there).
        await new Promise<void>((resolve, reject) => {
            transaction.oncomplete = () => resolve();
            transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
            transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
        });
        return result;
    }

    return {
        get: (key) => run('readonly', (store) => store.get(key)),
        put: async (key, value) => {
            await run('readwrite', (store) => store.put(value, key));
        },
        delete: async (key) => {
            await run('readwrite', (store) => store.delete(key));
        },
        keys: async () => (await run('readonly', (store) => store.getAllKeys())).filter((key): key is string => typeof key === 'string'),
    };
}

/** IndexedDB when the browser lets us have it (reading the property itself can throw). */
export function browserRecords(): RecordStore | null {
    try {
        return typeof indexedDB === 'undefined' ? null : indexedDbRecords(indexedDB);
    } catch {
        return null;
    }
}
