// A newly registered plugin: every item pending, conditional sub-steps already settled by the flags.
import {ITEMS, STAGES} from './process';
import type {Condition, ItemKey, StageKey, SubStepDef} from './process_types';
import type {EventOf} from './events';
import type {DraftItem, DraftPlugin} from './draft';
import type {Stamp, StageState, SubStepState} from './tracker_state';

const CONDITION_REASON: Readonly<Record<Condition, string>> = {
    'third-party-service': 'Does not apply: the plugin does not use a third-party service.',
    'mattermost-owned': 'Does not apply: the plugin is not owned by Mattermost.',
};

function applies(condition: Condition | undefined, event: EventOf<'plugin.registered'>): boolean {
    if (condition === 'third-party-service') {
        return event.thirdPartyService;
    }
    if (condition === 'mattermost-owned') {
        return event.mattermostOwned;
    }
    return true;
}

function initialSubStep(def: SubStepDef, event: EventOf<'plugin.registered'>): SubStepState {
    if (applies(def.condition, event) || !def.condition) {
        return {key: def.key, status: 'open', stamp: null, notApplicableReason: null};
    }
    return {key: def.key, status: 'not-applicable', stamp: null, notApplicableReason: CONDITION_REASON[def.condition]};
}

export function newPlugin(event: EventOf<'plugin.registered'>, stamp: Stamp, rootPostId: string): DraftPlugin {
    const items: Partial<Record<ItemKey, DraftItem>> = {};
    for (const def of ITEMS) {
        items[def.key] = {
            key: def.key,
            status: 'pending',
            signOffs: {},
            substeps: def.substeps.map((substep) => initialSubStep(substep, event)),
            evidence: {},
            waiver: null,
            openSince: stamp.at,
            reopened: [],
        };
    }
    const stages: Partial<Record<StageKey, StageState>> = {};
    for (const stage of STAGES) {
        stages[stage.key] = {key: stage.key, status: 'not-started', deployment: null};
    }
    return {
        id: event.plugin,
        name: event.name,
        repoUrl: event.repoUrl,
        owners: [...new Set(event.owners)],
        thirdPartyService: event.thirdPartyService,
        mattermostOwned: event.mattermostOwned,
        registered: stamp,
        rootPostId,
        stages: stages as Record<StageKey, StageState>,
        items: items as Record<ItemKey, DraftItem>,
        release: null,
        archived: null,
        updatedAt: stamp.at,
    };
}
