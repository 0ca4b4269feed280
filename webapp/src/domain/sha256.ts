// SHA-256 (FIPS 180-4) over a string's UTF-8 bytes, in plain TypeScript: the domain is pure and
// synchronous, and the browser's crypto.subtle is neither. It seals each post's event (seal.ts), so
// it must resist collisions: a writer who could make two payloads with one digest could post the
// harmless one and later swap in the other without the message changing.

const K = new Int32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const encoder = typeof TextEncoder === 'function' ? new TextEncoder() : null;

/** UTF-8 bytes of a string, lone surrogates encoded as U+FFFD: TextEncoder's answer, by hand where there is none. */
export function utf8(text: string): Uint8Array {
    return encoder ? encoder.encode(text) : utf8ByHand(text);
}

export function utf8ByHand(text: string): Uint8Array {
    const bytes = new Uint8Array(text.length * 3);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
        let code = text.charCodeAt(i);
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
            const low = text.charCodeAt(i + 1);
            if (low >= 0xdc00 && low <= 0xdfff) {
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                i++;
            } else {
                code = 0xfffd;
            }
        } else if (code >= 0xd800 && code <= 0xdfff) {
            code = 0xfffd;
        }
        if (code < 0x80) {
            bytes[n++] = code;
        } else if (code < 0x800) {
            bytes[n++] = 0xc0 | (code >> 6);
            bytes[n++] = 0x80 | (code & 0x3f);
        } else if (code < 0x10000) {
            bytes[n++] = 0xe0 | (code >> 12);
            bytes[n++] = 0x80 | ((code >> 6) & 0x3f);
            bytes[n++] = 0x80 | (code & 0x3f);
        } else {
            bytes[n++] = 0xf0 | (code >> 18);
            bytes[n++] = 0x80 | ((code >> 12) & 0x3f);
            bytes[n++] = 0x80 | ((code >> 6) & 0x3f);
            bytes[n++] = 0x80 | (code & 0x3f);
        }
    }
    return bytes.subarray(0, n);
}

/**
 * Where each text's padded bytes are put: reused, since every post of a cold open is hashed (12,000
 * and more) and a new buffer, view and word arrays per post cost more than the hashing.
 */
let blocks = new Uint8Array(4096);
const w = new Int32Array(64);

/** The text's UTF-8 bytes at the start of `blocks` (grown when it is too small); their count. */
function encodeIntoBlocks(text: string): number {
    // UTF-8 takes at most 3 bytes per UTF-16 unit; 72 more for the padding.
    if (blocks.length < text.length * 3 + 72) {
        blocks = new Uint8Array(text.length * 3 + 72);
    }
    if (encoder && typeof encoder.encodeInto === 'function') {
        return encoder.encodeInto(text, blocks).written;
    }
    const bytes = utf8(text);
    blocks.set(bytes);
    return bytes.length;
}

/** The 32-byte digest of the text's UTF-8 encoding. */
export function sha256(text: string): Uint8Array {
    const length = encodeIntoBlocks(text);
    const end = Math.ceil((length + 9) / 64) * 64;
    const bytes = blocks;
    bytes.fill(0, length, end);
    bytes[length] = 0x80;
    // The length in bits, big-endian, in the last 8 bytes; messages here are far below 2^53 bits.
    const high = Math.floor(length / 0x20000000);
    const low = (length * 8) >>> 0;
    bytes[end - 8] = high >>> 24;
    bytes[end - 7] = high >>> 16;
    bytes[end - 6] = high >>> 8;
    bytes[end - 5] = high;
    bytes[end - 4] = low >>> 24;
    bytes[end - 3] = low >>> 16;
    bytes[end - 2] = low >>> 8;
    bytes[end - 1] = low;

    let h0 = 0x6a09e667, h1 = 0xbb67ae85 | 0, h2 = 0x3c6ef372, h3 = 0xa54ff53a | 0;
    let h4 = 0x510e527f, h5 = 0x9b05688c | 0, h6 = 0x1f83d9ab, h7 = 0x5be0cd19;
    for (let offset = 0; offset < end; offset += 64) {
        for (let t = 0, j = offset; t < 16; t++, j += 4) {
            w[t] = ((bytes[j] as number) << 24) | ((bytes[j + 1] as number) << 16) | ((bytes[j + 2] as number) << 8) | (bytes[j + 3] as number);
        }
        for (let t = 16; t < 64; t++) {
            const w15 = w[t - 15] as number;
            const w2 = w[t - 2] as number;
            const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
            const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
            w[t] = ((w[t - 16] as number) + s0 + (w[t - 7] as number) + s1) | 0;
        }
        let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, hh = h7;
        for (let t = 0; t < 64; t++) {
            const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
            const ch = (e & f) ^ (~e & g);
            const temp1 = (hh + S1 + ch + (K[t] as number) + (w[t] as number)) | 0;
            const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
            const maj = (a & b) ^ (a & c) ^ (b & c);
            const temp2 = (S0 + maj) | 0;
            hh = g;
            g = f;
            f = e;
            e = (d + temp1) | 0;
            d = c;
            c = b;
            b = a;
            a = (temp1 + temp2) | 0;
        }
        h0 = (h0 + a) | 0;
        h1 = (h1 + b) | 0;
        h2 = (h2 + c) | 0;
        h3 = (h3 + d) | 0;
        h4 = (h4 + e) | 0;
        h5 = (h5 + f) | 0;
        h6 = (h6 + g) | 0;
        h7 = (h7 + hh) | 0;
    }
    const digest = new Uint8Array(32);
    [h0, h1, h2, h3, h4, h5, h6, h7].forEach((word, i) => {
        digest[i * 4] = word >>> 24;
        digest[i * 4 + 1] = word >>> 16;
        digest[i * 4 + 2] = word >>> 8;
        digest[i * 4 + 3] = word;
    });
    return digest;
}
