// What lazy/with_providers.tsx hands every top-level component: the tracker session (lazy-loaded
// with the UI) and a way to open the right-hand panel, which only the registry knows how to do.
import React, {createContext, useContext} from 'react';

import type {TrackerSession} from '../../state/tracker_session';

interface AppContextValue {
    session: TrackerSession;
    showRhs: () => void;
}

const AppContext = createContext<AppContextValue | null>(null);

export function AppProvider({session, showRhs, children}: {session: TrackerSession; showRhs: () => void; children?: React.ReactNode}): React.JSX.Element {
    const value = React.useMemo(() => ({session, showRhs}), [session, showRhs]);
    return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

function useApp(): AppContextValue {
    const value = useContext(AppContext);
    if (!value) {
        throw new Error('plugin-onboard components must be rendered inside AppProvider');
    }
    return value;
}

export function useSession(): TrackerSession {
    return useApp().session;
}

export function useShowRhs(): () => void {
    return useApp().showRhs;
}
