// Deep equality of the fold's plain data: records (null-prototype ones too), arrays and primitives.
// A whole fold (after an edit, a deletion, a restore, a reload that found changes) makes every
// plugin anew; views compare what they show with this, so only what really changed renders again.
const hasOwn = Object.prototype.hasOwnProperty;

export function sameData(a: unknown, b: unknown): boolean {
    if (a === b) {
        return true;
    }
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
        return false;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        return a.length === b.length && a.every((value, i) => sameData(value, b[i]));
    }
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => hasOwn.call(b, key) && sameData(Reflect.get(a, key), Reflect.get(b, key)));
}
