// The embedded store: one append-only JSON-lines file replayed into in-memory maps at start.
// Appends are synchronous so two requests can never interleave half-written lines; no fsync,
// because losing the last write on a power cut is acceptable for a local development server.
import {appendFileSync, existsSync, mkdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

import {z} from 'zod';

import {tableSchemas, type RecordOf, type TableName} from './records';

const line = z.object({t: z.string(), k: z.string(), v: z.unknown()});

type Tables = {[T in TableName]: Map<string, RecordOf<T>>};

function isTableName(name: string): name is TableName {
    return Object.prototype.hasOwnProperty.call(tableSchemas, name);
}

export class Store {
    private readonly file: string;
    private readonly tables: Tables = {
        users: new Map(),
        sessions: new Map(),
        teams: new Map(),
        team_members: new Map(),
        channels: new Map(),
        channel_members: new Map(),
        posts: new Map(),
        preferences: new Map(),
        commands: new Map(),
        config: new Map(),
    };

    constructor(dataDir: string) {
        mkdirSync(dataDir, {recursive: true});
        this.file = join(dataDir, 'store.jsonl');
        if (existsSync(this.file)) {
            this.replay(readFileSync(this.file, 'utf8'));
        }
    }

    private replay(text: string): void {
        const lines = text.split('\n');
        lines.forEach((raw, index) => {
            if (raw.trim() === '') {
                return;
            }
            let parsedJson: unknown;
            try {
                parsedJson = JSON.parse(raw);
            } catch (err) {
                // Only the last line can be torn (a crash mid-append); anything earlier is corruption.
                if (index >= lines.length - 2) {
                    return;
                }
                throw new Error(`store.jsonl line ${index + 1} is not JSON: ${String(err)}`);
            }
            const entry = line.parse(parsedJson);
            if (!isTableName(entry.t)) {
                throw new Error(`store.jsonl line ${index + 1}: unknown table ${entry.t}`);
            }
            this.apply(entry.t, entry.k, entry.v);
        });
    }

    private apply<T extends TableName>(table: T, key: string, value: unknown): void {
        const map: Map<string, RecordOf<T>> = this.tables[table];
        if (value === null) {
            map.delete(key);
            return;
        }
        // The schema table maps each name to its own schema; TypeScript cannot correlate the two
        // through the generic index, so the parse result is narrowed by the table it came from.
        const parsed = tableSchemas[table].parse(value) as RecordOf<T>;
        map.set(key, parsed);
    }

    get<T extends TableName>(table: T, key: string): RecordOf<T> | undefined {
        const map: Map<string, RecordOf<T>> = this.tables[table];
        return map.get(key);
    }

    all<T extends TableName>(table: T): RecordOf<T>[] {
        const map: Map<string, RecordOf<T>> = this.tables[table];
        return [...map.values()];
    }

    isEmpty(): boolean {
        return this.tables.users.size === 0;
    }

    put<T extends TableName>(table: T, key: string, value: RecordOf<T>): void {
        appendFileSync(this.file, JSON.stringify({t: table, k: key, v: value}) + '\n');
        const map: Map<string, RecordOf<T>> = this.tables[table];
        map.set(key, value);
    }

    remove(table: TableName, key: string): void {
        appendFileSync(this.file, JSON.stringify({t: table, k: key, v: null}) + '\n');
        this.tables[table].delete(key);
    }
}
