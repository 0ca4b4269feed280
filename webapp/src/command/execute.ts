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
import {TRACKER_CHANNEL_NAME} from '../storage/port';

import {failure, reply, type CommandContext, type CommandOutcome, type CommandTrackerView} from './context';
import {helpFor, helpOverview} from './help';
import {withPart} from './lazy_part';
import {nearest} from './keys';
import {code, escapeMarkdown} from './markdown';
import type {ParsedCommand} from './parsed_command';
import {idsIn, loadNames} from './people';
import {explainRejection, recordEvent} from './record';
import {draftFor, registrationDraft, type ChangeCommand} from './drafts';
import {since} from './time';
import {TRIGGER} from './trigger';
import {historyReply, listReply, pluginTitle, reportReply, statusReply} from './views';
import {mineReply} from './mine';

export type {CommandContext, CommandOutcome} from './context';

const NO_TRACKER = `This team has no plugin tracker yet. Run ${code(`${TRIGGER} setup`)} to create ~${TRACKER_CHANNEL_NAME}.`;

/** Only system admins create a tracker: others are told it may have been renamed or archived, and whom to ask. */
function noTracker(ctx: CommandContext): string {
    return ctx.isSystemAdmin ? NO_TRACKER : noTrackerFound().message;
}

type Loaded = {ok: true; view: CommandTrackerView} | {ok: false; outcome: CommandOutcome};

async function load(ctx: CommandContext, allowMissing = false): Promise<Loaded> {
    let view: CommandTrackerView;
    try {
        view = await ctx.session.open(ctx.teamId);
    } catch (error) {
        const detail = error instanceof Error && error.message !== '' ? ` (${escapeMarkdown(error.message)})` : '';
        return {ok: false, outcome: failure(`Could not load the plugin tracker${detail}. Nothing was changed; try again in a moment.`)};
    }
    if (view.status === 'missing' && !allowMissing) {
        return {ok: false, outcome: failure(noTracker(ctx))};
    }
    if (view.status === 'unusable') {
        return {ok: false, outcome: failure(unusableChannel(view.place?.refused ?? 'not-admin-created').message)};
    }
    if (view.status === 'error') {
        const message = view.error?.message ?? 'Could not load the plugin tracker.';
        return {ok: false, outcome: failure(`${message} Nothing was changed.`)};
    }
    return {ok: true, view};
}

function resolvePlugin(state: TrackerState, query: string): {ok: true; plugin: PluginState} | {ok: false; outcome: CommandOutcome} {
    const plugin = findPlugin(state, query);
    if (plugin !== null) {
        return {ok: true, plugin};
    }
    const suggestion = nearest(query, state.pluginOrder);
    const hint = suggestion === null ? '' : ` Did you mean ${code(suggestion)}?`;
    return {
        ok: false,
        outcome: failure(`No plugin ${code(query)} is tracked in this team.${hint} See ${code(`${TRIGGER} list`)}, or start tracking it with ${code(`${TRIGGER} add <plugin-id> <repo-url>`)}.`),
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

export async function executeCommand(parsed: ParsedCommand, ctx: CommandContext): Promise<CommandOutcome> {
    try {
        return await dispatch(parsed, ctx);
    } catch (error) {
        const detail = error instanceof Error && error.message !== '' ? `: ${escapeMarkdown(error.message)}` : '';
        return failure(`Something went wrong${detail}. Nothing was recorded; try again, or use the Plugin Onboard panel.`);
    }
}

async function dispatch(parsed: ParsedCommand, ctx: CommandContext): Promise<CommandOutcome> {
    switch (parsed.kind) {
    case 'help':
        return reply(parsed.topic === null ? helpOverview() : helpFor(parsed.topic));
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
            return withPart('The hand-off request', () => import(/* webpackChunkName: "command-handoff" */ './handoff'), async (command) => reply(command.handoffReply(view.state, plugin, name)));
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
        return withPart('The integrity commands', () => import(/* webpackChunkName: "command-integrity" */ './integrity'), (commands) =>
            parsed.kind === 'integrity' ? commands.integrity(ctx, loaded.view) :
                parsed.kind === 'restore' ? commands.restore(ctx, loaded.view) : commands.acceptLoss(ctx, loaded.view, parsed.posts, parsed.reason));
    }
    default:
        return change(ctx, parsed);
    }
}

async function setup(ctx: CommandContext, fresh: boolean): Promise<CommandOutcome> {
    if (fresh && !ctx.isSystemAdmin) {
        return failure(`Only a system admin can start a new tracker with ${code('--new')}. Nothing was changed.`);
    }
    let result: Awaited<ReturnType<CommandContext['session']['setup']>>;
    try {
        result = await ctx.session.setup(ctx.teamId, {fresh});
    } catch (error) {
        result = {ok: false, error: {message: error instanceof Error ? escapeMarkdown(error.message) : 'The request failed.', retryable: true}};
    }
    if (!result.ok) {
        return failure(`${result.error.message} ${result.found === undefined ? 'The tracker channel was not created.' : 'No new tracker channel was created.'}`);
    }
    const lines = [result.created ?
        `Created ~${TRACKER_CHANNEL_NAME}: every step recorded with ${code(TRIGGER)} or the panel is a post there.` :
        `This team already has its tracker, ~${TRACKER_CHANNEL_NAME}.${fresh ? ` ${code('--new')} changed nothing: it starts a new tracker only when no channel holds the name. To retire this one, rename it first.` : ''}`];
    if (ctx.isTeamAdmin || ctx.isSystemAdmin) {
        const registered = await ctx.registerAutocomplete(ctx.teamId);
        lines.push(registered.ok ?
            `${code(TRIGGER)} now appears in this team's slash-command autocomplete.` :
            `Could not add ${code(TRIGGER)} to autocomplete: ${registered.message}`);
    } else {
        lines.push(`A team admin can run ${code(`${TRIGGER} setup`)} as well to add ${code(TRIGGER)} to autocomplete.`);
    }
    lines.push(`Next: ${code(`${TRIGGER} add <plugin-id> <repo-url>`)}, or ${code(`${TRIGGER} help`)}.`);
    return reply(lines.join('\n'));
}

async function open(ctx: CommandContext, query: string | null): Promise<CommandOutcome> {
    if (query === null) {
        ctx.openRhs(null);
        return reply('Opened the Plugin Onboard panel.');
    }
    return withPlugin(ctx, query, async (_view, plugin) => {
        ctx.openRhs(plugin.id);
        return reply(`Opened ${pluginTitle(plugin)} in the Plugin Onboard panel.`);
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
        filters.push(`working towards ${code(stage)}`);
    }
    if (parsed.mine) {
        plugins = plugins.filter((plugin) => isOwnerOrRegistrant(plugin, ctx.userId));
        filters.push('that you own or registered');
    }
    if (parsed.waitingOnMe) {
        const waiting = new Set(movesFor(state, ctx.userId, ctx.isSystemAdmin).map((move) => move.pluginId));
        plugins = plugins.filter((plugin) => waiting.has(plugin.id));
        filters.push('waiting on you');
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
        withPart('The GitHub checks', () => import(/* webpackChunkName: "command-github" */ './check_repo'), (command) => command.checkRepoReply(view.state, plugin)));
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
            return failure(`Could not look up the owners: ${escapeMarkdown(toUserError(error, 'users').message)} Nothing was recorded.`);
        }
        const byName = new Map(found.map((user) => [user.username.toLowerCase(), user.id]));
        const unknown = parsed.owners.filter((username) => !byName.has(username.toLowerCase()));
        if (unknown.length > 0) {
            return failure(`No user ${unknown.map((username) => code(`@${username}`)).join(', ')} on this server. Check the spelling: owners are given by username. Nothing was recorded.`);
        }
        parsed.owners.forEach((username) => {
            const id = byName.get(username.toLowerCase());
            if (id !== undefined) {
                owners.push(id);
            }
        });
    }
    const draft = registrationDraft(parsed, owners);
    return submitDraft(ctx, loaded.view, null, draft, (plugin) => `It starts at ${code('ci-extensions')}: see ${code(`${TRIGGER} status ${plugin}`)}.${loaded.view.status === 'missing' ? ` The tracker channel ~${TRACKER_CHANNEL_NAME} was created for it.` : ''}`);
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
        return reply(`Already recorded: ${escapeMarkdown(what.charAt(0).toUpperCase() + what.slice(1))}, by ${name(recorded.already.by)} ${since(recorded.already.at, now(ctx))}. Nothing new was written.`);
    }
    if (!recorded.ok) {
        return recorded.outcome;
    }
    const pluginId = pluginOfEvent(recorded.event) ?? '';
    const retried = recorded.retried ? 'Sent again (the earlier attempt had failed): ' : '';
    const effects = plugin !== null && change !== null ? effectLines(effectOf(plugin, change, {by: ctx.userId, at: now(ctx), eventId: preview.id}), change, name) : [];
    const message = eventMessage(recorded.event, username, {pluginName: plugin === null ? null : plugin.name, subject: 'You', effects});
    const warning = plugin !== null && draft.type === 'evidence.set' ? evidenceWarning(view.state.policy, itemDef(draft.item), draft.field, draft.value) : null;
    const next = [warning === null ? '' : `:warning: ${escapeMarkdown(warning)}`, after(pluginId)].filter((line) => line !== '').join('\n');
    return reply(`${retried}${message}${next === '' ? '' : `\n${next}`}`);
}
