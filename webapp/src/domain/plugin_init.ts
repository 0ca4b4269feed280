// A newly registered plugin: every item pending, conditional sub-steps already settled by the flags.
// What every new plugin starts with (empty records, untouched sub-steps, stages not started) is
// made once, frozen and shared (frozen means shared, and is copied before a write: fold.ts, S3), so
// a tracker of thousands of plugins allocates per plugin only what differs.
import {itemDef} from './process';
import type {Condition, ItemKey, StageKey, SubStepDef} from './process_types';
import type {EventOf} from './events';
import type {DraftItem, DraftPlugin} from './draft';
import type {Stamp, StageState, SubStepState} from './tracker_state';

const CONDITION_REASON: Readonly<Record<Condition, string>> = {
    'third-party-service': 'the plugin does not use a third-party service.',
    'mattermost-owned': 'the plugin is not owned by Mattermost.',
};

/** Freezes in place, keeping the writable type the drafts use: the own*() helpers copy it before a write. */
function shared<T extends object>(value: T): T {
    Object.freeze(value);
    return value;
}

type Flags = Readonly<Record<Condition, boolean>>;
type SubStepsByItem = Readonly<Record<ItemKey, DraftItem['substeps']>>;

function initialSubStep(def: SubStepDef, flags: Flags): SubStepState {
    if (def.condition && !flags[def.condition]) {
        return shared({key: def.key, status: 'not-applicable', stamp: null, notApplicableReason: CONDITION_REASON[def.condition]});
    }
    return shared({key: def.key, status: 'open', stamp: null, notApplicableReason: null});
}

function substepsFor(flags: Flags): SubStepsByItem {
    const of = (key: ItemKey): DraftItem['substeps'] => shared(itemDef(key).substeps.map((substep) => initialSubStep(substep, flags)));
    return {
        'basic-review': of('basic-review'), 'ci-master': of('ci-master'), licence: of('licence'), 'complete-review': of('complete-review'),
        'qa-pass': of('qa-pass'), 'pm-ux-review': of('pm-ux-review'), release: of('release'), 'release-qa': of('release-qa'),
    };
}

/** The starting sub-steps of each item, for each combination of the plugin's two flags. */
const INITIAL_SUBSTEPS = {
    plain: substepsFor({'third-party-service': false, 'mattermost-owned': false}),
    thirdParty: substepsFor({'third-party-service': true, 'mattermost-owned': false}),
    owned: substepsFor({'third-party-service': false, 'mattermost-owned': true}),
    both: substepsFor({'third-party-service': true, 'mattermost-owned': true}),
};

function initialSubSteps(event: EventOf<'plugin.registered'>): SubStepsByItem {
    if (event.thirdPartyService) {
        return event.mattermostOwned ? INITIAL_SUBSTEPS.both : INITIAL_SUBSTEPS.thirdParty;
    }
    return event.mattermostOwned ? INITIAL_SUBSTEPS.owned : INITIAL_SUBSTEPS.plain;
}

const NOT_STARTED: Readonly<Record<StageKey, StageState>> = {
    'ci-extensions': shared({key: 'ci-extensions', status: 'not-started', deployment: null}),
    'ci-extensions-release': shared({key: 'ci-extensions-release', status: 'not-started', deployment: null}),
    community: shared({key: 'community', status: 'not-started', deployment: null}),
};

const NO_SIGNOFFS: DraftItem['signOffs'] = shared({});
const NO_EVIDENCE: DraftItem['evidence'] = shared({});
const NO_REOPENED: DraftItem['reopened'] = shared([]);

function newItem(key: ItemKey, substeps: SubStepsByItem, at: number): DraftItem {
    return {
        key,
        status: 'pending',
        signOffs: NO_SIGNOFFS,
        substeps: substeps[key],
        evidence: NO_EVIDENCE,
        waiver: null,
        openSince: at,
        reopened: NO_REOPENED,
    };
}

export function newPlugin(event: EventOf<'plugin.registered'>, stamp: Stamp, rootPostId: string): DraftPlugin {
    const at = stamp.at;
    const substeps = initialSubSteps(event);
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
        stages: {'ci-extensions': NOT_STARTED['ci-extensions'], 'ci-extensions-release': NOT_STARTED['ci-extensions-release'], community: NOT_STARTED.community},
        items: {
            'basic-review': newItem('basic-review', substeps, at),
            'ci-master': newItem('ci-master', substeps, at),
            licence: newItem('licence', substeps, at),
            'complete-review': newItem('complete-review', substeps, at),
            'qa-pass': newItem('qa-pass', substeps, at),
            'pm-ux-review': newItem('pm-ux-review', substeps, at),
            release: newItem('release', substeps, at),
            'release-qa': newItem('release-qa', substeps, at),
        },
        release: null,
        archived: null,
        updatedAt: at,
    };
}
