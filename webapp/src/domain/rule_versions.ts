// What the rules of each event version say where they differ. Every event is judged by the rules
// of the version that wrote it, so a log written by older clients keeps the meaning it had.
//
// Version 3 reads the seed more closely on releases: only "QA pass on ci-extensions-release of the
// release to deploy" is about one release, so only that QA is reopened by a new release (version 2
// also reopened the stage-2 QA pass and the release CI setup, which a new release does not undo);
// that QA needs the release deployed to ci-extensions-release; and a stage that runs an older
// release may be deployed again with the release in force.
import type {ItemKey} from './process_types';

const REOPENED_BY_RELEASE_V2: readonly ItemKey[] = ['qa-pass', 'release', 'release-qa'];

/** Whether a release change of this version reopens the item's sign-offs (and pins its sign-offs to the release). */
export function pinnedToRelease(version: number, item: ItemKey, pinnedNow: boolean): boolean {
    return version < 3 ? REOPENED_BY_RELEASE_V2.includes(item) : pinnedNow;
}

/** Version 3: a release is tested where it runs, and a release stage takes a newer release. */
export function releaseMustRun(version: number): boolean {
    return version >= 3;
}
