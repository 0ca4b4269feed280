// Ids and secrets shaped like Mattermost's: 26 characters of its base32 alphabet.
import {randomBytes, scryptSync, timingSafeEqual} from 'node:crypto';

const alphabet = 'ybndrfg8ejkmcpqxot1uwisza345h769';

export function newId(): string {
    const bytes = randomBytes(26);
    let out = '';
    for (const byte of bytes) {
        out += alphabet[byte % 32];
    }
    return out;
}

// A low scrypt cost keeps seeding and login fast in tests; this server guards demo accounts only.
const scryptCost = {N: 1024, r: 8, p: 1};

export function hashPassword(password: string): string {
    const salt = randomBytes(16);
    const hash = scryptSync(password, salt, 32, scryptCost);
    return `${salt.toString('hex')}:${hash.toString('hex')}`;
}

export function checkPassword(password: string, stored: string): boolean {
    const [saltHex, hashHex] = stored.split(':');
    if (saltHex === undefined || hashHex === undefined) {
        return false;
    }
    const expected = Buffer.from(hashHex, 'hex');
    const actual = scryptSync(password, Buffer.from(saltHex, 'hex'), expected.length, scryptCost);
    return timingSafeEqual(actual, expected);
}
