// Top bar: team name, System Console link for admins, theme switch and the user switcher.
import React, {useState} from 'react';
import {useSelector} from 'react-redux';

import {getCurrentUser} from 'mattermost-redux/selectors/entities/users';

import {seedPassword, seedUsers} from '../../../server/seed_accounts';
import {adminPluginPath, navigate} from '../router';
import {isSystemAdmin, login, logout} from '../session';
import type {HostState} from '../store/configure';
import type {ThemeName} from '../theme';

type Props = {pluginIds: string[]; themeName: ThemeName; onThemeChange: (name: ThemeName) => void};

export default function GlobalHeader({pluginIds, themeName, onThemeChange}: Props) {
    const user = useSelector((state: HostState) => getCurrentUser(state));
    const [switching, setSwitching] = useState(false);

    const switchUser = async (username: string) => {
        if (!username || username === user?.username) {
            return;
        }
        setSwitching(true);
        await logout().catch(() => undefined);
        await login(username, seedPassword);
        window.location.reload();
    };

    return (
        <header className='global-header'>
            <span className='global-header__product'>
                <i className='icon icon-product-channels'/>
                {'Channels'}
            </span>
            <div className='global-header__right'>
                {isSystemAdmin(user) && pluginIds.map((id) => (
                    <a
                        key={id}
                        className='global-header__link'
                        href={adminPluginPath(id)}
                        onClick={(e) => {
                            e.preventDefault();
                            navigate(adminPluginPath(id));
                        }}
                    >
                        {`System Console: ${id}`}
                    </a>
                ))}
                <button
                    type='button'
                    className='global-header__button'
                    data-testid='theme-switch'
                    aria-label={themeName === 'onyx' ? 'Switch to light theme' : 'Switch to dark theme'}
                    onClick={() => onThemeChange(themeName === 'onyx' ? 'denim' : 'onyx')}
                >
                    <i className={'icon icon-palette-outline'}/>
                    {themeName === 'onyx' ? 'Onyx' : 'Denim'}
                </button>
                <label className='global-header__user'>
                    <span className='sr-only'>{'Switch user'}</span>
                    <i className='icon icon-account-outline'/>
                    <select
                        data-testid='user-switcher'
                        value={user?.username ?? ''}
                        disabled={switching}
                        onChange={(e) => void switchUser(e.target.value)}
                    >
                        {seedUsers.map(({username: name}) => (
                            <option
                                key={name}
                                value={name}
                            >
                                {`@${name}`}
                            </option>
                        ))}
                    </select>
                </label>
            </div>
        </header>
    );
}
