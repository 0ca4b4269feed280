// A parsed command → what the user sees. Reading commands render the folded state; changing
// commands build one event draft and append it through the session, which preflights it with the
// domain's check() (the same rule the fold applies), so a refusal is explained before anything is written.
import {currentStage, eventMessage, findPlugin, movesFor, pluginHistory, summarize, withId} from '../domain';
import {effectOf, isChangeEvent} from '../domain/effects';
import {evidenceWarning} from '../domain/gates';
import {effectLines} from '../domain/messages';
import {itemDef} from '../domain/process';
import {isOwnerOrRegistrant, pluginOfEvent, type EventDraft, type PluginState, type TrackerState} from '../domain';
import {noTrackerFound, unusableChannel} from '../state/tracker_sentences';
import {toUserError} from '../state/user_errors';

import {failure, reply, type CommandContext, type CommandOutcome, type CommandTrackerView} from './context';
import {withPart} from './lazy_part';
import {nearest} from './keys';
import {escapeMarkdown} from './markdown';
import type {ParsedCommand, TrackerCommand} from './parsed_command';
import {idsIn, loadNames} from './people';
import {explainRejection, recordEvent} from './record';
import {draftFor, registrationDraft, type ChangeCommand} from './drafts';
import {since} from './time';
import {historyReply, listReply, pluginTitle, reportReply, statusReply} from './views';
import {mineReply} from './mine';
import {words as w} from './words';

export type {CommandContext, CommandOutcome} from './context';


/** Only system admins create a tracker: others are told it may have been renamed or archived, and whom to ask. */
function noTracker(ctx: CommandContext): string {
    return ctx.isSystemAdmin ? w.noTracker : noTrackerFound().message;
}

type Loaded = {ok: true; view: CommandTrackerView} | {ok: false; outcome: CommandOutcome};

async function load(ctx: CommandContext, allowMissing = false): Promise<Loaded> {
    let view: CommandTrackerView;
    try {
        view = await ctx.session.open(ctx.teamId);
    } catch (error) {
        const detail = error instanceof Error && error.message !== '' ? ` (${escapeMarkdown(error.message)})` : '';
        return {ok: false, outcome: failure(w.loadFailed(detail))};
    }
    if (view.status === 'missing' && !allowMissing) {
        return {ok: false, outcome: failure(noTracker(ctx))};
    }
    if (view.status === 'unusable') {
        return {ok: false, outcome: failure(unusableChannel(view.place?.refused ?? 'not-admin-created').message)};
    }
    if (view.status === 'error') {
        return {ok: false, outcome: failure(w.nothingChanged(view.error?.message ?? w.loadError))};
    }
    return {ok: true, view};
}

function resolvePlugin(state: TrackerState, query: string): {ok: true; plugin: PluginState} | {ok: false; outcome: CommandOutcome} {
    const plugin = findPlugin(state, query);
    if (plugin !== null) {
        return {ok: true, plugin};
    }
    const suggestion = nearest(query, state.pluginOrder);
    const hint = suggestion === null ? '' : w.didYouMean(suggestion);
    return {
        ok: false,
        outcome: failure(w.unknownPlugin(query, hint)),
    };
}

/** Loads the tracker and finds the plugin the query names; what fails on the way is the reply. */
async function withPlugin(ctx: CommandContext, query: string, run: (view: CommandTrackerView, plugin: PluginState) => Promise<CommandOutcome>): Promise<CommandOutcome> {
    const loaded = await load(ctx);
    if (!loaded.ok) {
        return loaded.outcome;
    }
    const found = resolvePlugin(loaded.view.state, query);
    return found.ok ? run(loaded.view, found.plugin) : found.outcome;
}

function now(ctx: CommandContext): number {
    return ctx.now === undefined ? Date.now() : ctx.now();
}

export async function executeCommand(parsed: TrackerCommand, ctx: CommandContext): Promise<CommandOutcome> {
    try {
        return await dispatch(parsed, ctx);
    } catch (error) {
        const detail = error instanceof Error && error.message !== '' ? `: ${escapeMarkdown(error.message)}` : '';
        return failure(w.wentWrong(detail));
    }
}

async function dispatch(parsed: TrackerCommand, ctx: CommandContext): Promise<CommandOutcome> {
    switch (parsed.kind) {
    case 'setup':
        return setup(ctx, parsed.fresh);
    case 'open':
        return open(ctx, parsed.plugin);
    case 'list':
        return list(ctx, parsed);
    case 'report':
        return report(ctx);
    case 'mine': {
        const loaded = await load(ctx);
        return loaded.ok ? reply(mineReply(loaded.view.state, ctx.userId, ctx.isSystemAdmin, now(ctx))) : loaded.outcome;
    }
    case 'status':
    case 'history':
        return show(ctx, parsed.kind, parsed.plugin);
    case 'check-repo':
        return checkRepo(ctx, parsed.plugin);
    case 'handoff':
        // Its words come on first use, not with every first command.
        return withPlugin(ctx, parsed.plugin, async (view, plugin) => {
            const {name} = await loadNames(ctx, view, idsIn(plugin, view.state.policy));
            return withPart(w.partHandoff, () => import(/* webpackChunkName: "command-handoff" */ './handoff'), async (command) => reply(command.handoffReply(view.state, plugin, name)));
        });
    case 'add':
        return add(ctx, parsed);
    case 'integrity':
    case 'restore':
    case 'accept': {
        const loaded = await load(ctx);
        if (!loaded.ok) {
            return loaded.outcome;
        }
        // Rare commands about a damaged record: their words are a chunk of their own, not part of every first command.
        return withPart(w.partIntegrity, () => import(/* webpackChunkName: "command-integrity" */ './integrity'), (commands) =>
            parsed.kind === 'integrity' ? commands.integrity(ctx, loaded.view) :
                parsed.kind === 'restore' ? commands.restore(ctx, loaded.view) : commands.acceptLoss(ctx, loaded.view, parsed.posts, parsed.reason));
    }
    default:
        return change(ctx, parsed);
    }
}

async function setup(ctx: CommandContext, fresh: boolean): Promise<CommandOutcome> {
    if (fresh && !ctx.isSystemAdmin) {
        return failure(w.newOnlyForAdmins);
    }
    let result: Awaited<ReturnType<CommandContext['session']['setup']>>;
    try {
        result = await ctx.session.setup(ctx.teamId, {fresh});
    } catch (error) {
        result = {ok: false, error: {message: error instanceof Error ? escapeMarkdown(error.message) : w.requestFailed, retryable: true}};
    }
    if (!result.ok) {
        return failure(w.setupFailed(result.error.message, result.found !== undefined));
    }
    const lines = [result.created ? w.created : w.alreadyHasTracker(fresh)];
    if (ctx.isTeamAdmin || ctx.isSystemAdmin) {
        const registered = await ctx.registerAutocomplete(ctx.teamId);
        lines.push(registered.ok ? w.inAutocomplete : w.notInAutocomplete(registered.message));
    } else {
        lines.push(w.teamAdminMayAdd);
    }
    lines.push(w.nextAfterSetup);
    return reply(lines.join('\n'));
}

async function open(ctx: CommandContext, query: string | null): Promise<CommandOutcome> {
    if (query === null) {
        ctx.openRhs(null);
        return reply(w.openedPanel);
    }
    return withPlugin(ctx, query, async (_view, plugin) => {
        ctx.openRhs(plugin.id);
        return reply(w.openedPlugin(pluginTitle(plugin)));
    });
}

function tracked(state: TrackerState): PluginState[] {
    return state.pluginOrder.map((id) => state.plugins[id]).filter((plugin): plugin is PluginState => plugin !== undefined && plugin.archived === null);
}

async function list(ctx: CommandContext, parsed: Extract<ParsedCommand, {kind: 'list'}>): Promise<CommandOutcome> {
    const loaded = await load(ctx);
    if (!loaded.ok) {
        return loaded.outcome;
    }
    const state = loaded.view.state;
    let plugins = tracked(state);
    const filters: string[] = [];
    if (parsed.stage !== null) {
        const stage = parsed.stage;
        plugins = plugins.filter((plugin) => currentStage(plugin) === stage);
        filters.push(w.filterStage(stage));
    }
    if (parsed.mine) {
        plugins = plugins.filter((plugin) => isOwnerOrRegistrant(plugin, ctx.userId));
        filters.push(w.filterMine);
    }
    if (parsed.waitingOnMe) {
        const waiting = new Set(movesFor(state, ctx.userId, ctx.isSystemAdmin).map((move) => move.pluginId));
        plugins = plugins.filter((plugin) => waiting.has(plugin.id));
        filters.push(w.filterWaiting);
    }
    return reply(listReply(state, plugins, filters.length === 0 ? '' : ` ${filters.join(', ')}`));
}

async function report(ctx: CommandContext): Promise<CommandOutcome> {
    const loaded = await load(ctx);
    if (!loaded.ok) {
        return loaded.outcome;
    }
    return reply(reportReply(loaded.view.state, tracked(loaded.view.state)));
}

async function show(ctx: CommandContext, kind: 'status' | 'history', query: string): Promise<CommandOutcome> {
    return withPlugin(ctx, query, async (view, plugin) => {
        const {state} = view;
        if (kind === 'status') {
            const {name} = await loadNames(ctx, view, idsIn(plugin, state.policy));
            return reply(statusReply(state, plugin, now(ctx), name));
        }
        const authors = pluginHistory(state, plugin.id).map((entry) => entry.by);
        const {name} = await loadNames(ctx, view, authors);
        return reply(historyReply(state, plugin, name));
    });
}

async function checkRepo(ctx: CommandContext, query: string): Promise<CommandOutcome> {
    // Its words and the GitHub reader come on first use, not with every first command.
    return withPlugin(ctx, query, (view, plugin) =>
        withPart(w.partGitHub, () => import(/* webpackChunkName: "command-github" */ './check_repo'), (command) => command.checkRepoReply(view.state, plugin)));
}

async function add(ctx: CommandContext, parsed: Extract<ParsedCommand, {kind: 'add'}>): Promise<CommandOutcome> {
    // A missing tracker is fine for a system admin: the session sets it up with the first registration.
    const loaded = await load(ctx, ctx.isSystemAdmin);
    if (!loaded.ok) {
        return loaded.outcome;
    }
    const owners: string[] = [];
    if (parsed.owners.length > 0) {
        let found;
        try {
            found = await ctx.session.users.byUsernames(parsed.owners);
        } catch (error) {
            // The sentence says what went wrong and what to do; the server's own text would not.
            return failure(w.ownersLookupFailed(escapeMarkdown(toUserError(error, 'users').message)));
        }
        const byName = new Map(found.map((user) => [user.username.toLowerCase(), user.id]));
        const unknown = parsed.owners.filter((username) => !byName.has(username.toLowerCase()));
        if (unknown.length > 0) {
            return failure(w.unknownOwners(unknown));
        }
        parsed.owners.forEach((username) => {
            const id = byName.get(username.toLowerCase());
            if (id !== undefined) {
                owners.push(id);
            }
        });
    }
    const draft = registrationDraft(parsed, owners);
    return submitDraft(ctx, loaded.view, null, draft, (plugin) => w.registeredNext(plugin, loaded.view.status === 'missing'));
}

async function change(ctx: CommandContext, parsed: ChangeCommand): Promise<CommandOutcome> {
    const loaded = await load(ctx);
    if (!loaded.ok) {
        return loaded.outcome;
    }
    const found = resolvePlugin(loaded.view.state, parsed.plugin);
    if (!found.ok) {
        return found.outcome;
    }
    const plugin = found.plugin;
    return submitDraft(ctx, loaded.view, plugin, draftFor(parsed, plugin.id), () => '');
}

async function submitDraft(
    ctx: CommandContext,
    view: CommandTrackerView,
    plugin: PluginState | null,
    draft: EventDraft,
    after: (pluginId: string) => string,
): Promise<CommandOutcome> {
    const ids = plugin === null ? [ctx.userId] : [ctx.userId, ...idsIn(plugin, view.state.policy)];
    const {name, username} = await loadNames(ctx, view, draft.type === 'plugin.registered' ? [...ids, ...draft.owners] : ids);
    // What it will reopen is read off the state it is applied to, as the session's post reads it.
    const preview = withId(draft, 'preview');
    const change = isChangeEvent(preview) ? preview : null;
    const recorded = await recordEvent(ctx, view, draft, (rejection) => explainRejection(rejection, draft, {policy: view.state.policy, plugin, state: view.state, name}));
    if ('already' in recorded) {
        const what = summarize(withId(draft, 'already-recorded'));
        return reply(w.alreadyRecorded(escapeMarkdown(what.charAt(0).toUpperCase() + what.slice(1)), name(recorded.already.by), since(recorded.already.at, now(ctx))));
    }
    if (!recorded.ok) {
        return recorded.outcome;
    }
    const pluginId = pluginOfEvent(recorded.event) ?? '';
    const retried = recorded.retried ? w.sentAgain : '';
    const effects = plugin !== null && change !== null ? effectLines(effectOf(plugin, change, {by: ctx.userId, at: now(ctx), eventId: preview.id}), change, name) : [];
    const message = eventMessage(recorded.event, username, {pluginName: plugin === null ? null : plugin.name, subject: 'You', effects});
    const warning = plugin !== null && draft.type === 'evidence.set' ? evidenceWarning(view.state.policy, itemDef(draft.item), draft.field, draft.value) : null;
    const next = [warning === null ? '' : `:warning: ${escapeMarkdown(warning)}`, after(pluginId)].filter((line) => line !== '').join('\n');
    return reply(`${retried}${message}${next === '' ? '' : `\n${next}`}`);
}
