// A newly registered plugin: every item pending, conditional sub-steps already settled by the flags.
import {itemDef} from './process';
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

function newItem(key: ItemKey, event: EventOf<'plugin.registered'>, at: number): DraftItem {
    return {
        key,
        status: 'pending',
        signOffs: {},
        substeps: itemDef(key).substeps.map((substep) => initialSubStep(substep, event)),
        evidence: {},
        waiver: null,
        openSince: at,
        reopened: [],
    };
}

function newStage(key: StageKey): StageState {
    return {key, status: 'not-started', deployment: null};
}

export function newPlugin(event: EventOf<'plugin.registered'>, stamp: Stamp, rootPostId: string): DraftPlugin {
    const at = stamp.at;
    // Literals with every key, in one order: every plugin's records share one shape (fast to read).
    return {
        id: event.plugin,
        name: event.name,
        repoUrl: event.repoUrl,
        owners: [...new Set(event.owners)],
        thirdPartyService: event.thirdPartyService,
        mattermostOwned: event.mattermostOwned,
        registered: stamp,
        rootPostId,
        stages: {'ci-extensions': newStage('ci-extensions'), 'ci-extensions-release': newStage('ci-extensions-release'), community: newStage('community')},
        items: {
            'basic-review': newItem('basic-review', event, at),
            'ci-master': newItem('ci-master', event, at),
            licence: newItem('licence', event, at),
            'complete-review': newItem('complete-review', event, at),
            'qa-pass': newItem('qa-pass', event, at),
            'pm-ux-review': newItem('pm-ux-review', event, at),
            release: newItem('release', event, at),
            'release-qa': newItem('release-qa', event, at),
        },
        release: null,
        archived: null,
        updatedAt: at,
    };
}
