// The seal: SHA-256 checked against Node's own, canonical JSON against JSON.stringify of the value
// with its keys sorted, and the seal line read back from what it writes.
import {createHash} from 'node:crypto';

import fc from 'fast-check';

import {canonicalJson, checkSeal, payloadDigest, readSeal, sealMessage, unsealedText} from './seal';
import {sha256, utf8ByHand} from './sha256';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

function sortedKeys(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(sortedKeys);
    }
    if (value !== null && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        return Object.fromEntries(Object.keys(record).sort().filter((key) => record[key] !== undefined).map((key) => [key, sortedKeys(record[key])]));
    }
    return value;
}

function reversedKeys(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(reversedKeys);
    }
    if (value !== null && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        return Object.fromEntries(Object.keys(record).reverse().map((key) => [key, reversedKeys(record[key])]));
    }
    return value;
}

describe('sha256', () => {
    it('gives the standard answers', () => {
        expect(hex(sha256(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
        expect(hex(sha256('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
        expect(hex(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    });

    it('agrees with Node\'s SHA-256 on any text, across block boundaries', () => {
        fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 300}), (text) => {
            expect(hex(sha256(text))).toBe(createHash('sha256').update(Buffer.from(new TextEncoder().encode(text))).digest('hex'));
        }), {numRuns: 500});
    });

    it('agrees with Node\'s SHA-256 on long texts and on short ones after them (its buffer is reused and grown)', () => {
        fc.assert(fc.property(fc.array(fc.string({unit: 'binary', maxLength: 3000}), {minLength: 2, maxLength: 6}), (texts) => {
            for (const text of texts) {
                expect(hex(sha256(text))).toBe(createHash('sha256').update(Buffer.from(new TextEncoder().encode(text))).digest('hex'));
            }
        }), {numRuns: 100});
    });

    it('encodes UTF-8 by hand as TextEncoder does, lone surrogates included', () => {
        fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 100}), (text) => {
            expect([...utf8ByHand(text)]).toEqual([...new TextEncoder().encode(text)]);
        }), {numRuns: 500});
    });
});

describe('canonicalJson', () => {
    it('is JSON of the same value, the same text whatever order its keys came in', () => {
        fc.assert(fc.property(fc.jsonValue(), (value) => {
            const text = canonicalJson(value);
            // JSON has no -0: compare with what JSON makes of the value.
            expect(JSON.parse(text ?? 'undefined')).toEqual(JSON.parse(JSON.stringify(value)));
            expect(canonicalJson(reversedKeys(value))).toBe(text);
        }), {numRuns: 500});
    });

    it('is JSON.stringify of the value with its keys sorted, where no key looks like an array index', () => {
        const word = fc.string({minLength: 1, maxLength: 6}).filter((key) => !/^\d+$/.test(key));
        const value = fc.letrec((tie) => ({
            node: fc.oneof({depthSize: 'small'}, fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie('node')), fc.dictionary(word, tie('node'))),
        })).node;
        fc.assert(fc.property(value, (v) => {
            expect(canonicalJson(v)).toBe(JSON.stringify(sortedKeys(v)));
        }), {numRuns: 500});
    });

    it('gives the same text whatever order the keys came in (Mattermost re-serialises props with sorted keys)', () => {
        expect(canonicalJson({b: 1, a: {d: [1, 'x'], c: null}})).toBe(canonicalJson(JSON.parse('{"a":{"c":null,"d":[1,"x"]},"b":1}')));
    });

    it('writes a lone surrogate as U+FFFD, as Mattermost stores it', () => {
        expect(canonicalJson('a\ud800b')).toBe(JSON.stringify('a\ufffdb'));
    });

    it('refuses what is not JSON data, and nesting deeper than any event', () => {
        expect(canonicalJson(Number.NaN)).toBeNull();
        expect(canonicalJson(() => 1)).toBeNull();
        let deep: unknown = 1;
        for (let i = 0; i < 40; i++) {
            deep = [deep];
        }
        expect(canonicalJson(deep)).toBeNull();
    });
});

describe('the seal line', () => {
    const event = {type: 'evidence.set', plugin: 'github', value: 'MIT'};

    it('is read back as written, and checks the payload it was made for', () => {
        const message = sealMessage('@alice recorded MIT', event, event);
        expect(unsealedText(message)).toBe('@alice recorded MIT');
        const seal = readSeal(message);
        expect(seal).toEqual({type: 'evidence.set', plugin: 'github', digest: payloadDigest(event)});
        expect(checkSeal(seal, JSON.parse(JSON.stringify(event)))).toBe('valid');
        expect(checkSeal(seal, {...event, value: 'GPL-3.0'})).toBe('broken');
        expect(checkSeal(null, event)).toBe('absent');
    });

    it('is 22 characters of digest: 128 bits', () => {
        expect(payloadDigest(event)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    });

    it('is found only at the very end of a message', () => {
        const message = sealMessage('text', event, event);
        expect(readSeal(`${message}\nmore`)).toBeNull();
        expect(readSeal(message.replace('[plugin-onboard]', '[other]'))).toBeNull();
    });
});
