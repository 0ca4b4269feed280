import type {UserSummary} from '../../storage/port';

import {createUserDirectory} from './users';

const ADMIN: UserSummary = {id: 'u-admin', username: 'root', displayName: 'Root', isSystemAdmin: true};
const BOB: UserSummary = {id: 'u-bob', username: 'bob', displayName: 'Bob', isSystemAdmin: false};

function directoryOver(profiles: readonly UserSummary[]) {
    const asked: string[][] = [];
    let failing = false;
    const refolds: number[] = [];
    const directory = createUserDirectory({
        byIds: async (ids) => {
            asked.push([...ids]);
            if (failing) {
                throw new Error('offline');
            }
            return profiles.filter((p) => ids.includes(p.id));
        },
    }, () => refolds.push(refolds.length));
    return {directory, asked, refolds, fail: (on: boolean) => {
        failing = on;
    }};
}

describe('the user directory', () => {
    it('refolds once an author the fold took for a non-admin turns out to be an admin', async () => {
        const {directory, refolds} = directoryOver([ADMIN]);
        expect(directory.forFold.isSystemAdmin('u-admin')).toBe(false);
        expect(await directory.learn(['u-admin'])).toBe(true);
        expect(refolds).toHaveLength(1);
        expect(directory.forFold.isSystemAdmin('u-admin')).toBe(true);
    });

    it('does not refold for an admin the fold never guessed about, nor for a guessed non-admin', async () => {
        const {directory, refolds} = directoryOver([ADMIN, BOB]);
        expect(directory.forFold.isSystemAdmin('u-bob')).toBe(false);
        await directory.learn(['u-admin', 'u-bob']);
        expect(refolds).toEqual([]);
    });

    it('refolds once, not again when the same admin is asked about later', async () => {
        const {directory, refolds} = directoryOver([ADMIN]);
        directory.forFold.isSystemAdmin('u-admin');
        await directory.learn(['u-admin']);
        directory.forFold.isSystemAdmin('u-admin');
        await directory.learn(['u-admin']);
        expect(refolds).toHaveLength(1);
    });

    it('keeps the guess through a failed lookup and refolds when a later one succeeds', async () => {
        const {directory, refolds, fail} = directoryOver([ADMIN]);
        directory.forFold.isSystemAdmin('u-admin');
        fail(true);
        expect(await directory.learn(['u-admin'])).toBe(false);
        expect(refolds).toEqual([]);
        fail(false);
        expect(await directory.learn(['u-admin'])).toBe(true);
        expect(refolds).toHaveLength(1);
    });

    it('asks only for people it does not hold yet, once each, and changes `known` only when someone arrives', async () => {
        const {directory, asked} = directoryOver([ADMIN, BOB]);
        await directory.learn(['u-bob', 'u-bob', '']);
        const known = directory.known();
        expect(await directory.learn(['u-bob'])).toBe(false);
        expect(directory.known()).toBe(known);
        await directory.learn(['u-bob', 'u-admin', 'nobody']);
        expect(asked).toEqual([['u-bob'], ['u-admin', 'nobody']]);
        expect(directory.known()).not.toBe(known);
    });

    it('asks once for an id that matches no user, not again on every later event', async () => {
        const {directory, asked} = directoryOver([BOB]);
        expect(await directory.learn(['nobody'])).toBe(false);
        for (let event = 0; event < 5; event++) {
            expect(await directory.learn(['nobody', 'u-bob'])).toBe(event === 0);
        }
        expect(asked).toEqual([['nobody'], ['u-bob']]);
    });

    it('asks again for an id after a failed lookup, which was no answer', async () => {
        const {directory, asked, fail} = directoryOver([]);
        fail(true);
        await directory.learn(['nobody']);
        fail(false);
        await directory.learn(['nobody']);
        await directory.learn(['nobody']);
        expect(asked).toEqual([['nobody'], ['nobody']]);
    });

    it('shares one request between lookups that overlap, and tells each whether someone arrived', async () => {
        const {directory, asked} = directoryOver([ADMIN, BOB]);
        const results = await Promise.all([directory.learn(['u-bob']), directory.learn(['u-bob', 'u-admin']), directory.learn(['u-bob'])]);
        expect(asked).toEqual([['u-bob'], ['u-admin']]);
        expect(results).toEqual([true, true, true]);
    });

    it('names people by username, and by id while unknown', async () => {
        const {directory} = directoryOver([BOB]);
        expect(directory.username('u-bob')).toBe('u-bob');
        await directory.learn(['u-bob']);
        expect(directory.username('u-bob')).toBe('bob');
        expect(await directory.isAdmin('u-bob')).toBe(false);
        expect(await directory.isAdmin('u-carol')).toBe(false);
        expect(directory.username('u-carol')).toBe('u-carol');
    });
});
