// The folded state: plain, serialisable data (it lives in Redux), computed by fold() from the log.
import type {LogEntry} from './log';
import type {Actor, ItemKey, RoleKey, SlotKey, StageKey} from './process_types';

export interface Stamp {
    readonly by: string; // user id (server-set author of the event)
    readonly at: number; // ms (server-set create_at)
    readonly eventId: string;
}

export interface SignOff extends Stamp {
    readonly slot: SlotKey;
    /** The release in force when signed; null for sign-offs not pinned to a release. */
    readonly release: string | null;
    readonly note: string;
    readonly substituteReason: string | null;
}

export type SubStepStatus = 'open' | 'checked' | 'not-applicable';

export interface SubStepState {
    readonly key: string;
    readonly status: SubStepStatus;
    /** Who checked it or waived it, and when. */
    readonly stamp: Stamp | null;
    /** Why it does not apply: the plugin's flags, or an admin's waiver reason. */
    readonly notApplicableReason: string | null;
}

export interface EvidenceValue extends Stamp {
    readonly value: string;
    /** Set when the writer's client read the value from GitHub (the repository checks), and when. */
    readonly source?: {readonly kind: 'github'; readonly url: string; readonly readAt: number};
}

export type ItemStatus = 'pending' | 'done' | 'not-applicable';

export interface ItemState {
    readonly key: ItemKey;
    readonly status: ItemStatus;
    readonly signOffs: Readonly<Partial<Record<SlotKey, SignOff>>>;
    readonly substeps: readonly SubStepState[];
    readonly evidence: Readonly<Record<string, EvidenceValue>>;
    readonly waiver: (Stamp & {readonly reason: string}) | null;
    /** When the item last became open (registration, a reopening release, a withdrawal): "since when". */
    readonly openSince: number;
    /** Sign-offs that a new release reopened, kept for the record. */
    readonly reopened: readonly SignOff[];
}

export type StageStatus = 'not-started' | 'in-progress' | 'ready' | 'deployed';

export interface StageState {
    readonly key: StageKey;
    readonly status: StageStatus;
    /** The latest accepted deployment; stays recorded even when a new release reopens the stage. */
    readonly deployment: (Stamp & {readonly release: string | null}) | null;
}

export interface Release extends Stamp {
    readonly version: string;
    readonly url: string;
}

export interface PluginState {
    readonly id: string;
    readonly name: string;
    readonly repoUrl: string;
    readonly owners: readonly string[];
    readonly thirdPartyService: boolean;
    readonly mattermostOwned: boolean;
    readonly registered: Stamp;
    /** The registration post: the plugin's card, and the root of its thread. */
    readonly rootPostId: string;
    readonly stages: Readonly<Record<StageKey, StageState>>;
    readonly items: Readonly<Record<ItemKey, ItemState>>;
    readonly release: Release | null;
    readonly archived: (Stamp & {readonly reason: string}) | null;
    readonly updatedAt: number;
}

export interface PolicyState {
    /** False until a system admin has set policy: then only system admins may sign off. */
    readonly configured: boolean;
    readonly roles: Readonly<Record<RoleKey, readonly string[]>>;
    readonly licences: readonly string[];
    readonly environments: Readonly<Record<StageKey, string>>;
    /** The team's GitHub Enterprise Server, whose repositories the checks read besides github.com; null: none. */
    readonly githubEnterpriseUrl: string | null;
    /** Whether event posts mention the people a step now waits on, and at most how many in one post. */
    readonly notifications: {readonly mentions: boolean; readonly maxMentions: number};
    /** The URL name of the channel where authors ask for CI and deployments. */
    readonly integrationsChannel: string;
    readonly stamp: Stamp | null;
}

export type RejectionCode =
    | 'malformed'          // props do not parse as an event
    | 'unsupported-version' // written by a newer plugin-onboard
    | 'duplicate'          // an event with this id was already seen (a retry)
    | 'edited'             // the post was edited after posting
    | 'unknown-plugin'
    | 'plugin-exists'
    | 'archived'
    | 'not-permitted'      // author lacks the role / is not an admin / is an owner
    | 'invalid'            // well-formed but wrong for this plugin: unknown sub-step, evidence field or value
    | 'gate'               // a process gate is not met
    | 'tampered'           // the props no longer match the seal in the message (rewritten after posting), or there is no seal
    | 'misplaced'          // posted in a thread that is not its plugin's (or a reply where a root post belongs)
    | 'on-hold';           // after a gap in the record: waits until a system admin restores or accepts what is missing

export interface Rejection {
    readonly code: RejectionCode;
    /** A sentence a person understands, naming what is missing or who may do it. */
    readonly message: string;
    /**
     * When the reason is a list (what a gate still needs), the same as a short first line and its
     * items, so that a view can show a real list instead of the one-line message.
     */
    readonly list?: {readonly lead: string; readonly items: readonly string[]};
}

/** One line of the history as views show it (history.ts makes them from the state's log). */
export interface HistoryEntry {
    readonly postId: string;
    readonly eventId: string | null;
    readonly type: string | null;
    readonly pluginId: string | null;
    readonly by: string;
    readonly at: number;
    /** A short readable line: "signed off QA pass", "set release v1.2.0". */
    readonly summary: string;
    readonly rejection: Rejection | null;
}

/** A policy event as history keeps it: with the policy it put in force, when it was honoured. */
export interface PolicyHistoryEntry extends HistoryEntry {
    readonly policy: PolicyState | null;
}

/**
 * Something the record lost or that was changed after posting, found the same way by every
 * client (integrity.ts). Until a system admin restores it or accepts the loss, what it affects is
 * on hold: the plugin's later changes, a registration of the same id, or the role holders' work
 * after a lost policy.
 */
export interface IntegrityMark {
    /** The post it is about (what a system admin's restore or acceptance names). */
    readonly key: string;
    /**
     * missing: a post named by a later event (or reported deleted) is not in the log;
     * tampered: its props were rewritten (the seal does not match); edited: its message was edited;
     * fewer: a later event counted more posts before it than the log holds (which ones is unknown);
     * policy-author: a policy set by someone who is not a system admin now, that people worked under.
     */
    readonly kind: 'missing' | 'tampered' | 'edited' | 'fewer' | 'policy-author';
    /** The lost or altered post; for 'fewer', the post that counted more. */
    readonly post: string;
    /** When it was posted (for 'fewer': when the counting post was). */
    readonly at: number;
    /** Its author, when known. */
    readonly by: string | null;
    /** What it was (an event type), when known. */
    readonly type: string | null;
    /** The plugin it belongs to; null for the policy or when unknown. */
    readonly plugin: string | null;
    /** What it puts on hold: one plugin, the policy's role holders, or nothing (the tracker only shows it). */
    readonly scope: 'plugin' | 'policy' | 'tracker';
    /** For 'fewer': how many posts are missing. Otherwise 1. */
    readonly count: number;
    /** The post whose author's client saw what is now missing (or reported its deletion); null for facts read off the post itself. */
    readonly namedBy: {readonly post: string; readonly by: string; readonly at: number} | null;
    /** Who deleted it, when a report says (Mattermost tells system admins only). */
    readonly deletedBy: string | null;
    /** Set once a system admin accepted the loss (or confirmed the policy). */
    readonly accepted: (Stamp & {readonly reason: string}) | null;
}

export interface IntegrityState {
    /** Oldest first. */
    readonly marks: readonly IntegrityMark[];
    /** How many posts of the log are on hold behind an unaccepted mark. */
    readonly onHold: number;
}

export interface TrackerState {
    readonly policy: PolicyState;
    readonly policyHistory: readonly PolicyHistoryEntry[];
    readonly plugins: Readonly<Record<string, PluginState>>;
    /** Plugin ids in registration order. */
    readonly pluginOrder: readonly string[];
    /**
     * Every post of the log that the fold read, accepted or rejected, in server order (a post
     * delivered twice appears once). The history lines are made from it when shown (history.ts).
     */
    readonly log: readonly LogEntry[];
    /** The fold's verdict on log[i]: null when the event was applied, else why it changed nothing. */
    readonly verdicts: readonly (Rejection | null)[];
    readonly rejectedCount: number;
    /** The last folded entry (server order), so new entries can be folded on incrementally. */
    readonly lastEntry: {readonly createAt: number; readonly postId: string} | null;
    /** Gaps and rewrites in the record, and what waits on them. */
    readonly integrity: IntegrityState;
}

/** What kind of work a move is. */
export type MoveKind = 'evidence' | 'substep' | 'release' | 'licence' | 'signoff' | 'deploy';

/** One open piece of work and whose move it is. */
export interface Move {
    readonly pluginId: string;
    readonly stage: StageKey;
    /** null for a stage deployment, which belongs to no item. */
    readonly item: ItemKey | null;
    readonly kind: MoveKind;
    /** For sign-off moves: the slot to fill. */
    readonly slot?: SlotKey;
    /** For evidence, licence and sub-step moves: the field or sub-step key. */
    readonly ref?: string;
    readonly actor: Actor;
    /** What to do, e.g. "Sign off (Security reviewer)", "Provide evidence: Introduction post". */
    readonly what: string;
    readonly since: number;
}

/** Why a gate is not met: one line per missing thing. */
export interface Missing {
    readonly item: ItemKey | null;
    readonly stage: StageKey;
    readonly actor: Actor;
    readonly message: string;
}
