// The channels screen: header, LHS, center channel, RHS and App Bar, laid out like the webapp.
import React from 'react';

import {isAppBarEnabled} from '../router';
import type {ThemeName} from '../theme';

import AppBar from './app_bar';
import ChannelHeader from './channel_header';
import GlobalHeader from './global_header';
import MessageBox from './message_box';
import PostList from './post_list';
import Rhs from './rhs';
import Sidebar from './sidebar';

type Props = {pluginIds: string[]; themeName: ThemeName; onThemeChange: (name: ThemeName) => void; channelError: string};

export default function ChannelsLayout({pluginIds, themeName, onThemeChange, channelError}: Props) {
    const appBar = isAppBarEnabled();
    return (
        <div className={appBar ? 'channels-layout' : 'channels-layout channels-layout--no-app-bar'}>
            <GlobalHeader
                pluginIds={pluginIds}
                themeName={themeName}
                onThemeChange={onThemeChange}
            />
            <Sidebar/>
            <main
                className='center-channel'
                aria-label='channel'
            >
                <ChannelHeader/>
                {channelError && <div className='admin-banner admin-banner--error' role='alert'>{channelError}</div>}
                <PostList/>
                <MessageBox/>
            </main>
            <Rhs/>
            {appBar && <AppBar/>}
        </div>
    );
}
