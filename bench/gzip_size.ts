// Sizes as a browser pays them over the wire: gzip at zlib level 9, the same measure the issue's
// peer figures (starter template 9,552 B, todo 135,350 B) were taken with.
import fs from 'node:fs';
import zlib from 'node:zlib';


export function gzip9(bytes: Buffer): number {
    return zlib.gzipSync(bytes, {level: 9}).length;
}

export function gzip9File(file: string): number {
    return gzip9(fs.readFileSync(file));
}
