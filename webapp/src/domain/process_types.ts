// The shape of the community process. Keys are stable and human (they appear in slash commands,
// in event props stored forever in the tracker channel, and in URLs), so never renumber or rename.

export const STAGE_KEYS = ['ci-extensions', 'ci-extensions-release', 'community'] as const;
export type StageKey = typeof STAGE_KEYS[number];

/** The four groups that sign off checklist items; holders are set by policy events. */
export const ROLE_KEYS = ['core-committer', 'qa', 'pm', 'integrations'] as const;
export type RoleKey = typeof ROLE_KEYS[number];

/** Whose move an open piece of work is: the plugin's author(s) or one of the roles. */
export type Actor = 'author' | RoleKey;

export const ITEM_KEYS = [
    'basic-review', 'ci-master', 'licence',
    'complete-review', 'qa-pass', 'pm-ux-review', 'release',
    'release-qa',
] as const;
export type ItemKey = typeof ITEM_KEYS[number];

/** A sign-off slot. Most items have one `signoff` slot; the complete review has two. */
export const SLOT_KEYS = ['signoff', 'reviewer', 'security'] as const;
export type SlotKey = typeof SLOT_KEYS[number];

/** Sub-steps that only apply to some plugins ("if applicable", "for plugins owned by Mattermost"). */
export type Condition = 'third-party-service' | 'mattermost-owned';

export type EvidenceKind = 'url' | 'text' | 'spdx';

export interface EvidenceDef {
    readonly key: string;
    readonly label: string;
    readonly kind: EvidenceKind;
    /** A sign-off on the item is refused until required evidence is recorded. */
    readonly required: boolean;
    /** Who is expected to provide it; owners and the item's role may both record it. */
    readonly providedBy: Actor;
    /** The sub-step (its key) whose outcome this field holds: help names them together. */
    readonly records?: string;
}

export interface SubStepDef {
    /** A verb ("make-pr"), never an evidence field's key (a noun) of the same item. */
    readonly key: string;
    /** Keys it had before (events keep the key they were written with): read as this sub-step. */
    readonly formerKeys?: readonly string[];
    /** The seed's own wording. */
    readonly label: string;
    /** Who checks it off: 'author' sub-steps may be checked by owners or the item's role. */
    readonly checkedBy: Actor;
    readonly condition?: Condition;
}

export interface SlotDef {
    readonly key: SlotKey;
    readonly label: string;
    readonly role: RoleKey;
}

export interface ItemDef {
    readonly key: ItemKey;
    readonly stage: StageKey;
    /** The checklist line, in the seed's words. */
    readonly label: string;
    /** The step definition heading in the seed this item links to. */
    readonly definition: string;
    readonly summary: string;
    readonly slots: readonly SlotDef[];
    readonly substeps: readonly SubStepDef[];
    readonly evidence: readonly EvidenceDef[];
    /** A new release reopens this item's sign-offs: they are about one release's build. */
    readonly pinnedToRelease: boolean;
    /** Plugin owners may not sign off their own reviews and QA. */
    readonly ownersMaySignOff: boolean;
    /** The item cannot be signed off before a release is set (it is about "the release"). */
    readonly needsRelease: boolean;
    /** The release in force must be deployed to this stage's server before the item is signed off (QA "on ci-extensions-release"). */
    readonly testedOn?: StageKey;
}

export interface StageDef {
    readonly key: StageKey;
    /** "Deploy to ci-extensions" — the seed's heading. */
    readonly label: string;
    readonly environment: {readonly name: string; readonly defaultUrl: string; readonly builds: 'master' | 'releases' | 'release to deploy'};
    readonly items: readonly ItemKey[];
    /** Who records the deployment. The seed names no one; the Integrations team runs the servers. */
    readonly deployedBy: RoleKey;
}
