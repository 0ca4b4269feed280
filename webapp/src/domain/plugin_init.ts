// A newly registered plugin: every item pending, conditional sub-steps already settled by the flags.
import {CONDITION_REASON} from '../i18n/condition_words';

import {itemDef} from './process';
import type {Condition, ItemKey} from './process_types';
import type {EventOf} from './events';
import type {WorkingItem, WorkingPlugin} from './working_copy';
import type {Stamp} from './tracker_state';

function newItem(key: ItemKey, event: EventOf<'plugin.registered'>, at: number): WorkingItem {
    const flags: Readonly<Record<Condition, boolean>> = {'third-party-service': event.thirdPartyService, 'mattermost-owned': event.mattermostOwned};
    return {
        key,
        status: 'pending',
        signOffs: {},
        substeps: itemDef(key).substeps.map((def) => (def.condition && !flags[def.condition]
            ? {key: def.key, status: 'not-applicable', stamp: null, notApplicableReason: CONDITION_REASON[def.condition]}
            : {key: def.key, status: 'open', stamp: null, notApplicableReason: null})),
        evidence: {},
        waiver: null,
        openSince: at,
        reopened: [],
    };
}

export function newPlugin(event: EventOf<'plugin.registered'>, stamp: Stamp, rootPostId: string): WorkingPlugin {
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
        stages: {
            'ci-extensions': {key: 'ci-extensions', status: 'not-started', deployment: null},
            'ci-extensions-release': {key: 'ci-extensions-release', status: 'not-started', deployment: null},
            community: {key: 'community', status: 'not-started', deployment: null},
        },
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
