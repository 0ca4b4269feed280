// Sizes as a browser pays them over the wire: gzip at zlib level 9, the same measure the issue's
// peer figures (starter template 9,552 B, todo 135,350 B) were taken with.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

import {CHUNK_DIR, MAIN_JS} from './paths';

export function gzip9(bytes: Buffer): number {
    return zlib.gzipSync(bytes, {level: 9}).length;
}

export function gzip9File(file: string): number {
    return gzip9(fs.readFileSync(file));
}

/** The lazily loaded chunks webpack emitted, by file name. */
export function chunkFiles(): string[] {
    if (!fs.existsSync(CHUNK_DIR)) {
        return [];
    }
    return fs.readdirSync(CHUNK_DIR).filter((name) => name.endsWith('.js')).sort();
}

/** main.js plus every emitted chunk: an upper bound of what any first use can load. */
export function allJsGzip(): {bytes: number; files: string[]} {
    const files = chunkFiles();
    const bytes = gzip9File(MAIN_JS) + files.reduce((sum, name) => sum + gzip9File(path.join(CHUNK_DIR, name)), 0);
    return {bytes, files: ['main.js', ...files.map((f) => `public/${f}`)]};
}
