// Left sidebar: team header and the team's channels, as the webapp's LHS shows them.
import React from 'react';
import {useSelector} from 'react-redux';

import {getCurrentChannelId, getChannelsInCurrentTeam} from 'mattermost-redux/selectors/entities/channels';
import {getCurrentTeam} from 'mattermost-redux/selectors/entities/teams';

import {channelPath, navigate} from '../router';
import type {HostState} from '../store/configure';

export default function Sidebar() {
    const team = useSelector((state: HostState) => getCurrentTeam(state));
    const channels = useSelector((state: HostState) => getChannelsInCurrentTeam(state));
    const currentId = useSelector((state: HostState) => getCurrentChannelId(state));
    const sorted = [...channels].sort((a, b) => a.display_name.localeCompare(b.display_name));

    return (
        <nav
            className='sidebar-left'
            aria-label='channel sidebar'
        >
            <div className='sidebar-left__team'>{team?.display_name ?? ''}</div>
            <div className='sidebar-left__category'>{'CHANNELS'}</div>
            <ul className='sidebar-left__channels'>
                {sorted.map((c) => (
                    <li key={c.id}>
                        <a
                            id={`sidebarItem_${c.name}`}
                            className={c.id === currentId ? 'sidebar-item active' : 'sidebar-item'}
                            href={team ? channelPath(team.name, c.name) : '#'}
                            aria-current={c.id === currentId ? 'page' : undefined}
                            onClick={(e) => {
                                e.preventDefault();
                                if (team) {
                                    navigate(channelPath(team.name, c.name));
                                }
                            }}
                        >
                            <i className={c.type === 'P' ? 'icon icon-lock-outline' : 'icon icon-globe'}/>
                            <span>{c.display_name}</span>
                        </a>
                    </li>
                ))}
            </ul>
        </nav>
    );
}
