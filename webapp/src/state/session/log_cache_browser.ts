// The log cache over this browser's IndexedDB: the log_cache_lazy.ts chunk's one export.
import {browserRecords} from './indexed_db_records';
import {createLogCache, type LogCache} from './log_cache';

export function browserLogCache(): LogCache {
    return createLogCache(browserRecords());
}
