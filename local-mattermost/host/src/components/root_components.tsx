// Components plugins register with registerRootComponent, mounted once at the app root.
import React from 'react';
import {useSelector} from 'react-redux';

import type {HostState} from '../store/configure';

import PluginErrorBoundary from './error_boundary';

export default function RootComponents() {
    const roots = useSelector((state: HostState) => state.plugins.components.Root);
    return (
        <>
            {roots.map(({id, pluginId, component: Component}) => (
                <PluginErrorBoundary
                    key={id}
                    pluginId={pluginId}
                    where='root component'
                >
                    <Component/>
                </PluginErrorBoundary>
            ))}
        </>
    );
}
