// The App Bar on the far right: one icon per registered item; an item with an RHS toggles it.
import React from 'react';
import {useSelector} from 'react-redux';

import {getCurrentChannel} from 'mattermost-redux/selectors/entities/channels';

import type {HostState} from '../store/configure';

export default function AppBar() {
    const items = useSelector((state: HostState) => state.plugins.components.AppBar);
    const openId = useSelector((state: HostState) => state.views.rhs.pluggableId);
    const channel = useSelector((state: HostState) => getCurrentChannel(state));

    return (
        <div
            className='app-bar'
            role='toolbar'
            aria-label='App Bar'
            aria-orientation='vertical'
        >
            {items.map((item) => {
                // A non-string tooltip (e.g. a FormattedMessage) becomes the button's text for screen readers.
                const label = typeof item.tooltipText === 'string' ? item.tooltipText : undefined;
                const active = Boolean(item.rhsComponentId) && item.rhsComponentId === openId;
                return (
                    <button
                        key={item.id}
                        type='button'
                        className={active ? 'app-bar__icon app-bar__icon--active' : 'app-bar__icon'}
                        data-plugin-id={item.pluginId}
                        aria-label={label}
                        aria-pressed={item.rhsComponentId ? active : undefined}
                        title={label}
                        onClick={() => item.action?.(channel, undefined)}
                    >
                        {label === undefined && <span className='sr-only'>{item.tooltipText}</span>}
                        {item.iconUrl ? (
                            <img
                                src={item.iconUrl}
                                alt=''
                            />
                        ) : (
                            <i className='icon icon-apps'/>
                        )}
                    </button>
                );
            })}
        </div>
    );
}
