// The hooks of what a channel mounts by the hundred: each card and event line reads its own part of
// the tracker view (state/part_selectors.ts), so a live event re-renders only the parts it changed.
// Kept apart from shared/use_tracker.ts so that only the cards' chunk holds them.
import type {GlobalState} from '@mattermost/types/store';
import {useSelector} from 'react-redux';

import {sameData} from '../../domain/same_data';

import {selectPluginPart, selectPostPart, type PluginPart, type PostPart} from '../../state/part_selectors';
import {selectTracker} from '../../state/selectors';
import type {TrackerView} from '../../state/types';
import {useOpenWhenIdle} from '../shared/use_tracker';

/**
 * Whether a part shows the same: the same objects (foldMore keeps what an event did not change), or
 * equal ones (a whole fold makes everything anew, and most of it comes out the same).
 */
function samePart<T extends object>(a: T, b: T): boolean {
    return a === b || Object.keys(a).every((key) => sameData(Reflect.get(a, key), Reflect.get(b, key)));
}

/** One post of the tracker channel as the record holds it; re-renders only when that changes (state/part_selectors.ts). */
export function usePostPart(teamId: string, channelId: string, postId: string): PostPart {
    const part = useSelector((state: GlobalState) => selectPostPart(state, teamId, channelId, postId), samePart);
    useOpenWhenIdle(teamId, part.status);
    return part;
}

/** One plugin as its card shows it; re-renders only when that changes. */
export function usePluginPart(teamId: string, pluginId: string): PluginPart {
    const part = useSelector((state: GlobalState) => selectPluginPart(state, teamId, pluginId), samePart);
    useOpenWhenIdle(teamId, part.status);
    return part;
}

/** The people the tracker has seen (a new object only when it learns someone). */
export function useTrackerUsers(teamId: string): TrackerView['users'] {
    return useSelector((state: GlobalState) => selectTracker(state, teamId).users);
}
