// Everything the pieces of one plugin's page share, so that each piece stays a small component.
import {createContext, useContext} from 'react';

import type {Author} from '../../domain';
import type {EventDraft} from '../../domain/events';
import type {PluginState, Rejection, TrackerState} from '../../domain/tracker_state';
import type {PendingEvent} from '../../state/types';
import type {Submitter} from '../shared/use_submit';

export interface PageContextValue {
    teamId: string;
    state: TrackerState;
    plugin: PluginState;
    author: Author;
    submitter: Submitter;
    userName: (userId: string) => string;
    /** This user's changes on their way to the server: shown at once, rolled back if they fail. */
    pending: readonly PendingEvent[];
    /** The fold's verdict on a would-be event by the current user. */
    verdict: (draft: EventDraft) => Rejection | null;
    /**
     * What every form does on submit: asks the fold first and shows its reason (null: none) where
     * the form chose (the rejection too, for a form that shows a list as a list); sends only when
     * nothing refuses. True once the change is recorded.
     */
    submitChecked: (draft: EventDraft, showRefusal: (reason: string | null, rejection: Rejection | null) => void) => Promise<boolean>;
}

export const PageContext = createContext<PageContextValue | null>(null);

export function usePage(): PageContextValue {
    const value = useContext(PageContext);
    if (!value) {
        throw new Error('usePage outside PluginPage');
    }
    return value;
}
