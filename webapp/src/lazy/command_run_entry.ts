// The rest of /plugin-onboard, loaded with the shared core by the first command that needs the
// tracker (everything but help and a mistyped command): the session, and execution in its context.
import type {CommandArgs} from '@mattermost/types/integrations';

import type {CommandContext} from '../command/context';
import {executeCommand} from '../command/execute';
import {AUTOCOMPLETE_DESCRIPTION, AUTOCOMPLETE_HINT} from '../command/grammar';
import {TRIGGER} from '../command/trigger';
import {getCurrentTeamId, getCurrentUserId, isCurrentUserSystemAdmin, isTeamAdmin} from '../host/host_state';

import type {AppDeps, CommandRun} from './app_types';
import {getCore, type Core} from './core';

export function create(deps: AppDeps): CommandRun {
    const core = getCore(deps);
    return {live: core.live, execute: (command, args) => executeCommand(command, commandContext(core, args))};
}

function commandContext(core: Core, args: CommandArgs): CommandContext {
    const {store, siteUrl} = core.deps;
    const state = store.getState();
    const teamId = args.team_id || getCurrentTeamId(state);
    return {
        teamId,
        channelId: args.channel_id,
        rootId: args.root_id ?? '',
        userId: getCurrentUserId(state),
        isSystemAdmin: isCurrentUserSystemAdmin(state),
        isTeamAdmin: isTeamAdmin(state, teamId),
        session: core.session,
        openRhs: core.openRhs,
        // Only `setup` uses it, and rarely: its own small chunk, fetched then.
        registerAutocomplete: async (team) => {
            const {registerAutocomplete} = await import(/* webpackChunkName: "setup" */ '../storage/mattermost/slash_command_registration');
            return registerAutocomplete(team, siteUrl, {trigger: TRIGGER.slice(1), hint: AUTOCOMPLETE_HINT, description: AUTOCOMPLETE_DESCRIPTION});
        },
    };
}
