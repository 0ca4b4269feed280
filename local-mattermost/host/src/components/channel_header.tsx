// Channel name and, when the App Bar does not take them, the plugins' channel-header buttons.
import React from 'react';
import {useSelector} from 'react-redux';

import {getCurrentChannel} from 'mattermost-redux/selectors/entities/channels';

import {isAppBarEnabled} from '../router';
import type {HostState} from '../store/configure';

import {channelHeaderButtons} from './plugin_selectors';

export default function ChannelHeader() {
    const channel = useSelector((state: HostState) => getCurrentChannel(state));
    const appBar = isAppBarEnabled();
    const buttons = useSelector((state: HostState) => channelHeaderButtons(state, appBar));

    return (
        <div className='channel-header'>
            <h2
                id='channelHeaderTitle'
                className='channel-header__title'
            >
                {channel?.display_name ?? ''}
            </h2>
            <div className='channel-header__buttons'>
                {buttons.map((b) => (
                    <button
                        key={b.id}
                        type='button'
                        className='channel-header__icon'
                        data-plugin-id={b.pluginId}
                        aria-label={typeof b.tooltipText === 'string' ? b.tooltipText : undefined}
                        title={typeof b.tooltipText === 'string' ? b.tooltipText : undefined}
                        onClick={() => b.action?.(channel, undefined)}
                    >
                        {typeof b.tooltipText !== 'string' && <span className='sr-only'>{b.tooltipText ?? b.dropdownText}</span>}
                        {b.icon}
                    </button>
                ))}
            </div>
        </div>
    );
}
