// The current team's tracker, read from Redux (so other users' actions re-render it as the session
// folds them) and opened on first sight.
import type {GlobalState} from '@mattermost/types/store';
import {useEffect, useMemo} from 'react';
import {useSelector} from 'react-redux';

import type {Author} from '../../domain';
import {getCurrentTeamId, getCurrentUserId, getUser, isSystemAdminUser} from '../../host/host_state';
import {selectTracker} from '../../state/selectors';
import type {TrackerStatus, TrackerView} from '../../state/types';

import {useSession} from './app_context';

export function useTeamId(): string {
    return useSelector((state: GlobalState) => getCurrentTeamId(state));
}

/** The tracker view, opening it when nobody has yet (idle). */
export function useTracker(teamId: string): TrackerView {
    const view = useSelector((state: GlobalState) => selectTracker(state, teamId));
    useOpenWhenIdle(teamId, view.status);
    return view;
}

/** Opens the team's tracker when nobody has yet: whatever reads a part of it calls this with the status it read. */
export function useOpenWhenIdle(teamId: string, status: TrackerStatus): void {
    const session = useSession();
    const idle = status === 'idle';
    useEffect(() => {
        if (idle && teamId !== '') {
            // Errors land in the view's status; nothing to do with the promise here.
            void session.open(teamId);
        }
    }, [idle, session, teamId]);
}

/**
 * The current user as the fold sees authors: id plus whether they are a system admin. The same
 * object until either changes, so callbacks and memos that depend on it hold across renders.
 */
export function useAuthor(): Author {
    const userId = useSelector((state: GlobalState) => getCurrentUserId(state));
    const isSystemAdmin = useSelector((state: GlobalState) => isSystemAdminUser(getUser(state, userId)));
    return useMemo(() => ({userId, isSystemAdmin}), [userId, isSystemAdmin]);
}
