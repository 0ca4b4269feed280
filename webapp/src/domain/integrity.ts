// Gaps and rewrites in the record, found the same way by every client from the log alone.
//
// On a real Mattermost an author can rewrite a post's props without marking it edited, delete
// their own posts (a root takes its whole thread with it), and team admins can delete anyone's.
// Facts read off a post (a broken seal, an edited message) and claims made by later events (each
// names what its author's client had folded: `seen`, and deletions its client saw: reports) show
// what went missing, where and, when known, whose it was. A mark puts on hold what could have
// depended on the lost post, until a system admin restores it from the server's copies or accepts
// the loss: so deleting or rewriting a post never hands anyone an advantage.
//
// Claims count only from people taking part (system admins, role holders, and those who took part
// in the plugin concerned), so an outsider cannot put anything on hold.
import * as report from '../i18n/report_words';

import type {Directory, LogEntry} from './log';
import type {OnboardEvent, PostRef} from './events';
import {threadOf, type LogIndex} from './log_index';
import {ROLE_KEYS} from './process_types';
import type {IntegrityMark, IntegrityState, PolicyHistoryEntry, Rejection, Stamp, TrackerState} from './tracker_state';

export const NO_INTEGRITY: IntegrityState = Object.freeze({marks: Object.freeze([]) as readonly IntegrityMark[], onHold: 0});

/** A place in server order: create_at, then post id. */
export interface Position {
    readonly at: number;
    readonly post: string;
}

export function isAfter(entry: Pick<LogEntry, 'createAt' | 'postId'>, position: Position): boolean {
    return entry.createAt > position.at || (entry.createAt === position.at && entry.postId > position.post);
}

/** What the marks put on hold, for the fold's second run. Plugin ids are compared without case. */
export interface Holds {
    /** A plugin's changes after this place wait. */
    readonly plugin: ReadonlyMap<string, Position>;
    /** A registration of this id after this place waits: an earlier registration of it was lost. */
    readonly registration: ReadonlyMap<string, Position>;
    /** Role holders' changes in these windows wait: the policy they acted under was lost. */
    readonly policy: readonly {readonly from: Position; readonly until: Position | null}[];
    /**
     * Registrations in these windows wait: posts of unknown plugins went missing there (a later
     * count came up short), and one of them may have been an earlier registration of the same id.
     */
    readonly registrations: readonly {readonly from: Position | null; readonly until: Position}[];
}

export interface Analysis {
    readonly integrity: IntegrityState;
    /** Null when nothing is on hold: the first run's state stands. */
    readonly holds: Holds | null;
    /** Verdicts that only the whole log can give (a report from someone not taking part). */
    readonly overrides: ReadonlyMap<number, Rejection>;
}

const UNTRUSTED_REPORT: Rejection = {code: 'not-permitted', message: report.untrustedReport};
const PRESENT_REPORT: Rejection = {code: 'invalid', message: report.presentReport};

interface Candidate {
    readonly kind: IntegrityMark['kind'];
    readonly index: number; // the entry that shows it
    readonly post: string;
    readonly at: number;
    readonly by: string | null;
    readonly type: string | null;
    readonly plugin: string | null;
    readonly scope: IntegrityMark['scope'];
    readonly count: number;
    readonly named: boolean; // a claim by entry `index` rather than a fact about it
    readonly deletedBy: string | null;
    /** For a shortfall in the whole log: after which post the missing ones must be (the last count that added up). */
    readonly after?: Position | null;
    /** For a shortfall: the post counted up to. */
    readonly upTo?: Position;
}

/** Who may be believed: read from the first run's state, so claims never decide their own weight. */
class Trust {
    private readonly rostered = new Set<string>();
    private readonly active = new Set<string>();
    private readonly byPlugin = new Map<string, Set<string>>();

    constructor(entries: readonly LogEntry[], verdicts: readonly (Rejection | null)[], state: TrackerState, private readonly directory: Directory) {
        const policies = [state.policy, ...state.policyHistory.map((line: PolicyHistoryEntry) => line.policy)];
        for (const policy of policies) {
            for (const role of ROLE_KEYS) {
                for (const id of policy?.roles[role] ?? []) {
                    this.rostered.add(id);
                }
            }
        }
        for (const id of state.pluginOrder) {
            const plugin = state.plugins[id];
            if (plugin) {
                this.people(id).add(plugin.registered.by);
                plugin.owners.forEach((owner) => this.people(id).add(owner));
            }
        }
        entries.forEach((entry, i) => {
            const event = entry.event;
            // Reports are what is being weighed: they make no one a participant.
            if (!event || verdicts[i] !== null || event.type === 'integrity.reported') {
                return;
            }
            this.active.add(entry.userId);
            if ('plugin' in event) {
                this.people(event.plugin).add(entry.userId);
            }
        });
    }

    private people(plugin: string): Set<string> {
        const key = plugin.toLowerCase();
        let set = this.byPlugin.get(key);
        if (!set) {
            set = new Set();
            this.byPlugin.set(key, set);
        }
        return set;
    }

    forPlugin(userId: string, plugin: string): boolean {
        return this.directory.isSystemAdmin(userId) || this.rostered.has(userId) || (this.byPlugin.get(plugin.toLowerCase())?.has(userId) ?? false);
    }

    /** For the policy and the tracker as a whole: anyone with a role or a change that counted. */
    forTracker(userId: string): boolean {
        return this.directory.isSystemAdmin(userId) || this.rostered.has(userId) || this.active.has(userId);
    }
}

function refScope(ref: PostRef): {scope: IntegrityMark['scope']; plugin: string | null} {
    if (ref.type === 'policy.set') {
        return {scope: 'policy', plugin: null};
    }
    return ref.plugin === undefined ? {scope: 'tracker', plugin: null} : {scope: 'plugin', plugin: ref.plugin};
}

/** The plugin of each thread: from the first run's plugins, else from the seals of the thread's posts. */
function threadPlugins(entries: readonly LogEntry[], state: TrackerState): Map<string, string> {
    const plugins = new Map<string, string>();
    for (const id of state.pluginOrder) {
        const plugin = state.plugins[id];
        if (plugin) {
            plugins.set(plugin.rootPostId, plugin.id);
        }
    }
    for (const entry of entries) {
        const thread = threadOf(entry);
        if (!plugins.has(thread) && entry.sealCheck === 'valid' && entry.editAt === 0 && entry.seal && entry.seal.plugin !== '') {
            plugins.set(thread, entry.seal.plugin);
        }
    }
    return plugins;
}

/**
 * Whether an event names exactly what the log holds before it, checked the cheap way: a writer
 * who had folded every post before this one names the previous post and counts exactly as many
 * posts as there are, and then its thread and policy were ours too. Nearly every event is written
 * so; only the others (two writers at once, gaps) are looked up in the full index.
 */
function namesWhatWasThere(event: OnboardEvent, i: number, previous: LogEntry | null, refusedPolicies: ReadonlySet<string>): boolean {
    // A report names a deleted post; a policy that no longer counts may have been worked under: both need a closer look.
    if (event.type === 'integrity.reported' || (event.seen.policy !== undefined && refusedPolicies.has(event.seen.policy.post))) {
        return false;
    }
    const log = event.seen.log;
    if (log === null) {
        // Naming nothing claims nothing (a writer that had read nothing, or the very first post).
        return event.seen.thread === undefined && event.seen.policy === undefined;
    }
    return previous !== null && log.last.post === previous.postId && log.count === i;
}

/** The facts and claims the log holds, before anyone's trust is weighed. Cheap when there are none, which is nearly always. */
function candidates(entries: readonly LogEntry[], verdicts: readonly (Rejection | null)[], indexOf: () => LogIndex): {found: Candidate[]; reports: number[]} {
    const found: Candidate[] = [];
    const reports: number[] = [];
    // The furthest post up to which some writer's count added up: nothing before it is missing (as far as anyone saw).
    let verified = -1;
    const refusedPolicies = new Set<string>();
    for (let i = 0; i < entries.length; i++) {
        const entry = entries[i] as LogEntry;
        const event = entry.event;
        const verdict = verdicts[i];
        if (event?.type === 'policy.set' && verdict?.code === 'not-permitted') {
            refusedPolicies.add(entry.postId);
        }
        if (entry.editAt > 0 || entry.sealCheck === 'broken') {
            found.push({
                kind: entry.editAt > 0 ? 'edited' : 'tampered', index: i, post: entry.postId, at: entry.createAt, by: entry.userId,
                type: entry.seal?.type ?? null, plugin: null, scope: 'plugin', count: 1, named: false, deletedBy: null,
            });
        } else if (event && entry.sealCheck === 'valid' && verdict?.code !== 'duplicate' && verdict?.code !== 'unsupported-version') {
            if (event.type === 'integrity.reported' && verdict === null) {
                reports.push(i);
            }
            if (namesWhatWasThere(event, i, i > 0 ? entries[i - 1] ?? null : null, refusedPolicies)) {
                verified = i - 1;
            } else {
                verified = claims(entries, verdicts, i, event, indexOf(), verified, found);
            }
        }
    }
    return {found: withoutExplained(found), reports};
}

/** What one event claims about the log before it, checked in the full index; returns the furthest verified position. */
function claims(entries: readonly LogEntry[], verdicts: readonly (Rejection | null)[], i: number, event: OnboardEvent, index: LogIndex, verifiedBefore: number, found: Candidate[]): number {
    const entry = entries[i] as LogEntry;
    let verified = verifiedBefore;
    const seen = event.seen;
    const refs: PostRef[] = [];
    if (seen.log) {
        refs.push(seen.log.last);
    }
    if (seen.thread) {
        refs.push(seen.thread.last);
    }
    if (seen.policy) {
        refs.push(seen.policy);
    }
    if (event.type === 'integrity.reported') {
        refs.push(event.deleted);
    }
    for (const ref of refs) {
        if (!index.has(ref.post)) {
            const {scope, plugin} = refScope(ref);
            found.push({
                kind: 'missing', index: i, post: ref.post, at: ref.at, by: ref.by, type: ref.type, plugin, scope, count: 1, named: true,
                deletedBy: event.type === 'integrity.reported' && ref === event.deleted ? event.deletedBy ?? null : null,
            });
        }
    }
    if (seen.log && index.has(seen.log.last.post)) {
        const upTo = index.indexOf(seen.log.last.post);
        if (upTo + 1 < seen.log.count) {
            const start = verified < upTo ? entries[verified] : undefined;
            found.push({
                kind: 'fewer', index: i, post: entry.postId, at: entry.createAt, by: null, type: null, plugin: null, scope: 'tracker',
                count: seen.log.count - (upTo + 1), named: true, deletedBy: null,
                after: start ? {at: start.createAt, post: start.postId} : null, upTo: {at: seen.log.last.at, post: seen.log.last.post},
            });
        } else if (upTo > verified) {
            verified = upTo;
        }
    }
    if (seen.thread && 'plugin' in event && index.has(seen.thread.last.post) && index.threadCountUpTo(seen.thread.last.post) < seen.thread.count) {
        found.push({
            kind: 'fewer', index: i, post: entry.postId, at: entry.createAt, by: null, type: null, plugin: event.plugin, scope: 'plugin',
            count: seen.thread.count - index.threadCountUpTo(seen.thread.last.post), named: true, deletedBy: null,
            upTo: {at: seen.thread.last.at, post: seen.thread.last.post},
        });
    }
    if (seen.policy && index.has(seen.policy.post)) {
        const policyIndex = index.indexOf(seen.policy.post);
        const policyEntry = entries[policyIndex];
        if (policyEntry?.event?.type === 'policy.set' && verdicts[policyIndex]?.code === 'not-permitted') {
            found.push({
                kind: 'policy-author', index: i, post: policyEntry.postId, at: policyEntry.createAt, by: policyEntry.userId,
                type: 'policy.set', plugin: null, scope: 'policy', count: 1, named: true, deletedBy: null,
            });
        }
    }
    return verified;
}

/**
 * A count that comes up short only by posts already known to be missing (named by someone) says
 * nothing new: a deleted policy, say, shortens every later writer's count by one.
 */
function withoutExplained(found: readonly Candidate[]): Candidate[] {
    const missing = new Map<string, {position: Position; plugin: string | null}>();
    for (const candidate of found) {
        if (candidate.kind === 'missing') {
            missing.set(candidate.post, {position: {at: candidate.at, post: candidate.post}, plugin: candidate.plugin});
        }
    }
    if (missing.size === 0) {
        return [...found];
    }
    return found.filter((candidate) => {
        const upTo = candidate.upTo;
        if (candidate.kind !== 'fewer' || !upTo) {
            return true;
        }
        let explained = 0;
        for (const known of missing.values()) {
            const before = !isAfter({createAt: known.position.at, postId: known.position.post}, upTo);
            if (before && (candidate.scope === 'tracker' || known.plugin?.toLowerCase() === candidate.plugin?.toLowerCase())) {
                explained++;
            }
        }
        return explained < candidate.count;
    });
}

/** Losses a system admin accepted (or policies confirmed), by the post they name. */
function acceptances(entries: readonly LogEntry[], verdicts: readonly (Rejection | null)[]): Map<string, Stamp & {reason: string}> {
    const accepted = new Map<string, Stamp & {reason: string}>();
    entries.forEach((entry, i) => {
        const event = entry.event;
        if (event?.type === 'integrity.accepted' && verdicts[i] === null) {
            for (const post of event.posts) {
                if (!accepted.has(post)) {
                    accepted.set(post, {by: entry.userId, at: entry.createAt, eventId: event.id, reason: event.reason});
                }
            }
        }
    });
    return accepted;
}

/** The first policy that counted after a place: where a lost policy's window ends. */
function nextPolicy(state: TrackerState, from: Position): Position | null {
    for (const line of state.policyHistory) {
        if (line.policy && isAfter({createAt: line.at, postId: line.postId}, from)) {
            return {at: line.at, post: line.postId};
        }
    }
    return null;
}

function earlier(a: Position | undefined, b: Position): Position {
    return a && !isAfter({createAt: b.at, postId: b.post}, a) ? a : b;
}

/**
 * The integrity of a log folded once without it: `entries` and `verdicts` are that run's (server
 * order, each post once), `state` its result, `indexOf` where each entry sits (made only when an
 * event names something other than what was just before it).
 */
export function analyse(entries: readonly LogEntry[], verdicts: readonly (Rejection | null)[], state: TrackerState, indexOf: () => LogIndex, directory: Directory): Analysis {
    const {found, reports} = candidates(entries, verdicts, indexOf);
    if (found.length === 0 && reports.length === 0) {
        return {integrity: NO_INTEGRITY, holds: null, overrides: new Map()};
    }
    const index = indexOf();
    const trust = new Trust(entries, verdicts, state, directory);
    const threads = threadPlugins(entries, state);
    const accepted = acceptances(entries, verdicts);
    const overrides = new Map<number, Rejection>();
    const windows: {from: Position | null; until: Position}[] = [];
    for (const i of reports) {
        const entry = entries[i] as LogEntry;
        const event = entry.event;
        if (event?.type !== 'integrity.reported') {
            continue;
        }
        if (index.has(event.deleted.post)) {
            overrides.set(i, PRESENT_REPORT);
        } else if (!(event.deleted.plugin ? trust.forPlugin(entry.userId, event.deleted.plugin) : trust.forTracker(entry.userId))) {
            overrides.set(i, UNTRUSTED_REPORT);
        }
    }
    const marks = new Map<string, IntegrityMark>();
    for (const candidate of found) {
        const entry = entries[candidate.index] as LogEntry;
        let {plugin, scope} = candidate;
        if (!candidate.named) {
            // A fact about the post itself: a reply's thread says whose it is; a root says it with
            // its seal (an edited message may have changed that too, but only its author or a team
            // admin could have, and the mark is then theirs).
            const sealed = entry.seal;
            plugin = (entry.rootId === '' ? null : threads.get(entry.rootId)) ?? (sealed?.plugin || null);
            scope = sealed?.type === 'policy.set' ? 'policy' : plugin ? 'plugin' : 'tracker';
        }
        // Anyone may register a plugin, so anyone's registration can be one that counted: a rewritten
        // or edited registration is believed whoever wrote it (at worst it keeps an id taken, as
        // registering it would).
        const registration = !candidate.named && candidate.type === 'plugin.registered';
        const trusted = registration || (scope === 'plugin' && plugin ? trust.forPlugin(entry.userId, plugin) : trust.forTracker(entry.userId));
        if (!trusted || overrides.has(candidate.index)) {
            continue;
        }
        const key = candidate.kind === 'fewer' ? `${candidate.post}:${candidate.scope}` : candidate.post;
        if (marks.has(key)) {
            continue;
        }
        marks.set(key, {
            key: candidate.post,
            kind: candidate.kind,
            post: candidate.post,
            at: candidate.at,
            by: candidate.by,
            type: candidate.type,
            plugin: scope === 'plugin' ? plugin : null,
            scope,
            count: candidate.count,
            namedBy: candidate.named ? {post: entry.postId, by: entry.userId, at: entry.createAt} : null,
            deletedBy: candidate.deletedBy,
            accepted: accepted.get(candidate.post) ?? null,
        });
        if (candidate.kind === 'fewer' && candidate.scope === 'tracker' && !accepted.has(candidate.post)) {
            const event = entry.event;
            const last = event?.seen.log?.last;
            if (last) {
                windows.push({from: candidate.after ?? null, until: {at: last.at, post: last.post}});
            }
        }
    }
    const list = [...marks.values()].sort((a, b) => a.at - b.at || (a.post < b.post ? -1 : a.post > b.post ? 1 : 0));
    return {integrity: list.length === 0 ? NO_INTEGRITY : {marks: list, onHold: 0}, holds: holdsOf(list, windows, state, index, entries), overrides};
}

function holdsOf(marks: readonly IntegrityMark[], windows: Holds['registrations'], state: TrackerState, index: LogIndex, entries: readonly LogEntry[]): Holds | null {
    const plugin = new Map<string, Position>();
    const registration = new Map<string, Position>();
    const policy: {from: Position; until: Position | null}[] = [];
    for (const mark of marks) {
        if (mark.accepted || mark.scope === 'tracker') {
            continue;
        }
        let from: Position = {at: mark.at, post: mark.post};
        if (mark.scope === 'policy') {
            policy.push({from, until: nextPolicy(state, from)});
            continue;
        }
        const key = (mark.plugin ?? '').toLowerCase();
        if (mark.kind === 'fewer') {
            // Which of the thread's posts went is unknown: everything after its registration waits.
            const counting = entries[index.indexOf(mark.post)];
            const root = counting ? entries[index.indexOf(threadOf(counting))] : undefined;
            from = root ? {at: root.createAt, post: root.postId} : {at: 0, post: ''};
        }
        if (mark.type === 'plugin.registered') {
            registration.set(key, earlier(registration.get(key), from));
        }
        plugin.set(key, earlier(plugin.get(key), from));
    }
    return plugin.size === 0 && registration.size === 0 && policy.length === 0 && windows.length === 0 ? null : {plugin, registration, policy, registrations: windows};
}

/**
 * Whether a claim by this user counts (the same rule the fold applies): about one plugin, or, with
 * `plugin` null, about the policy or the tracker. Clients ask before reporting a deletion they saw.
 */
export function takesPart(state: TrackerState, directory: Directory, userId: string, plugin: string | null): boolean {
    const trust = new Trust(state.log, state.verdicts, state, directory);
    return plugin === null ? trust.forTracker(userId) : trust.forPlugin(userId, plugin);
}
