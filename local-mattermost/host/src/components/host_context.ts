// What host components need besides redux state: the typed store and the session's channel memberships.
import React, {useContext} from 'react';

import type {HostStore} from '../store/configure';

export type HostServices = {store: HostStore; memberOf: Set<string>; pluginIds: string[]};

export const HostContext = React.createContext<HostServices | null>(null);

export function useHost(): HostServices {
    const services = useContext(HostContext);
    if (!services) {
        throw new Error('useHost outside HostContext');
    }
    return services;
}
