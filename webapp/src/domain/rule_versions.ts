// What the rules of each event version say where they differ. Every event is judged by the rules
// of the version that wrote it, so a log written by older clients keeps the meaning it had.
//
// Version 3 reads the seed more closely on releases: only "QA pass on ci-extensions-release of the
// release to deploy" is about one release, so only that QA is reopened by a new release (version 2
// also reopened the stage-2 QA pass and the release CI setup, which a new release does not undo);
// that QA needs the release deployed to ci-extensions-release; and a stage that runs an older
// release may be deployed again with the release in force.
//
// Version 4 gave the PM/UX review's last two sub-steps a place for what they found: walk-through
// notes and the communication decision, required for a PM/UX sign-off. A sign-off written before
// was judged without them, and to an older event those fields do not exist.
import type {EvidenceDef, ItemDef, ItemKey} from './process_types';

const REOPENED_BY_RELEASE_V2: readonly ItemKey[] = ['qa-pass', 'release', 'release-qa'];

/** Whether a release change of this version reopens the item's sign-offs (and pins its sign-offs to the release). */
export function pinnedToRelease(version: number, item: ItemKey, pinnedNow: boolean): boolean {
    return version < 3 ? REOPENED_BY_RELEASE_V2.includes(item) : pinnedNow;
}

/** Version 3: a release is tested where it runs, and a release stage takes a newer release. */
export function releaseMustRun(version: number): boolean {
    return version >= 3;
}

const ADDED_IN_V4: Readonly<Partial<Record<ItemKey, readonly string[]>>> = {
    'pm-ux-review': ['walkthrough-notes', 'comms-decision'],
};

/** The item's evidence fields as the rules of this event version know them (a sign-off needs the required ones). */
export function evidenceFields(version: number, def: ItemDef): readonly EvidenceDef[] {
    const added = ADDED_IN_V4[def.key];
    if (version >= 4 || added === undefined) {
        return def.evidence;
    }
    let fields = olderFields.get(def.key);
    if (!fields) {
        fields = def.evidence.filter((field) => !added.includes(field.key));
        olderFields.set(def.key, fields);
    }
    return fields;
}

/** Computed once per item: every evidence event and sign-off of an older version asks. */
const olderFields = new Map<ItemKey, readonly EvidenceDef[]>();
