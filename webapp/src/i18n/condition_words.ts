// Why a conditional sub-step does not apply to a plugin, from the flags of its registration
// (domain/plugin_init.ts settles them): refusals and the panel show it after "does not apply".
import type {Condition} from '../domain/process_types';

export const CONDITION_REASON: Readonly<Record<Condition, string>> = {
    'third-party-service': 'the plugin does not use a third-party service.',
    'mattermost-owned': 'the plugin is not owned by Mattermost.',
};
