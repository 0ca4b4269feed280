// Registry methods accept either positional arguments or one object of named arguments (the
// webapp's utils/func reArg): an object is taken as named arguments only when every key it has is
// one of the method's argument names.
export function isPlainObject(value: unknown): value is Record<string, unknown> {
    if (typeof value !== 'object' || value === null) {
        return false;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}

export function normalizeArgs(keyOrder: readonly string[], args: readonly unknown[]): Record<string, unknown> {
    const first = args[0];
    if (args.length === 1 && isPlainObject(first) && Object.keys(first).every((k) => keyOrder.includes(k))) {
        return first;
    }
    const named: Record<string, unknown> = {};
    keyOrder.forEach((key, i) => {
        named[key] = args[i];
    });
    return named;
}
