// Names of the process's own vocabulary (actors, statuses) as translatable messages.
import type {MessageDescriptor} from 'react-intl';

import type {Actor} from '../../domain/process_types';
import type {ItemStatus, StageStatus} from '../../domain/tracker_state';
import {rhsMessages as m} from '../../i18n/messages_rhs';

export const ACTOR_LABEL: Readonly<Record<Actor, MessageDescriptor>> = {
    author: m.actorAuthor,
    'core-committer': m.actorCoreCommitter,
    qa: m.actorQa,
    pm: m.actorPm,
    integrations: m.actorIntegrations,
};

export const STAGE_STATUS_LABEL: Readonly<Record<StageStatus, MessageDescriptor>> = {
    'not-started': m.statusNotStarted,
    'in-progress': m.statusInProgress,
    ready: m.statusReady,
    deployed: m.statusDeployed,
};

export const ITEM_STATUS_LABEL: Readonly<Record<ItemStatus, MessageDescriptor>> = {
    pending: m.itemPending,
    done: m.itemDone,
    'not-applicable': m.itemNotApplicable,
};
