// The right-hand sidebar: the open plugin component under its title, with a close button.
import React from 'react';
import {useSelector} from 'react-redux';

import type {HostState} from '../store/configure';
import {closeRightHandSide} from '../store/rhs_actions';

import PluginErrorBoundary from './error_boundary';
import {useHost} from './host_context';

export default function Rhs() {
    const {store} = useHost();
    const rhs = useSelector((state: HostState) => state.views.rhs);
    const registered = useSelector((state: HostState) => state.plugins.components.RightHandSidebarComponent.find((c) => c.id === state.views.rhs.pluggableId));

    if (rhs.rhsState !== 'plugin' || !registered) {
        return null;
    }
    const Component = registered.component;
    return (
        <aside
            id='sidebar-right'
            className='sidebar-right'
            aria-label='right-hand sidebar'
            data-plugin-id={registered.pluginId}
        >
            <div className='sidebar-right__header'>
                <h2 className='sidebar-right__title'>{registered.title}</h2>
                <button
                    type='button'
                    className='sidebar-right__close'
                    aria-label='Close'
                    onClick={() => store.dispatch(closeRightHandSide())}
                >
                    <i className='icon icon-close'/>
                </button>
            </div>
            <div className='sidebar-right__body'>
                <PluginErrorBoundary
                    pluginId={registered.pluginId}
                    where='right-hand sidebar'
                >
                    <Component/>
                </PluginErrorBoundary>
            </div>
        </aside>
    );
}
