// What the tracker knows about a plugin that the repository checks compare with. Types and a few
// reads only: the panel and the command import it statically; the GitHub code itself loads on use.
import type {PluginState, TrackerState} from '../domain/tracker_state';

import type {CheckInput} from './check_repo';

export function checkInput(state: TrackerState, plugin: PluginState): CheckInput {
    return {
        repoUrl: plugin.repoUrl,
        pluginId: plugin.id,
        release: plugin.release?.version ?? null,
        allowList: state.policy.licences,
        recordedLicence: plugin.items.licence.evidence['spdx']?.value ?? null,
        enterpriseUrl: state.policy.githubEnterpriseUrl,
    };
}
