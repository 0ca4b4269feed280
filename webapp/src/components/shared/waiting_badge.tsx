// How many moves wait on the current user, beside the panel's title and on the channel-header
// button. It ships in main.js, so it only reads a number the app chunk put in the plugin's slice once
// the tracker was read in this page (lazy/waiting_count.ts): it never causes a request, and shows
// nothing until then. (The App Bar takes only an icon URL, so it cannot carry a count.)
import type {GlobalState} from '@mattermost/types/store';
import React from 'react';
import {useIntl} from 'react-intl';
import {useSelector} from 'react-redux';

import {mainMessages} from '../../i18n/messages_main';
import {PLUGIN_STATE_KEY} from '../../state/types';

import {getCurrentTeamId} from '../../host/host_state';

function waitingCount(state: GlobalState): number {
    const slice: unknown = (state as unknown as Record<string, unknown>)[PLUGIN_STATE_KEY];
    if (typeof slice !== 'object' || slice === null || !('waiting' in slice)) {
        return 0;
    }
    const waiting: unknown = slice.waiting;
    const count: unknown = typeof waiting === 'object' && waiting !== null ? (waiting as Record<string, unknown>)[getCurrentTeamId(state)] : undefined;
    return typeof count === 'number' ? count : 0;
}

export function WaitingBadge(): React.JSX.Element | null {
    const intl = useIntl();
    const count = useSelector(waitingCount);
    if (count === 0) {
        return null;
    }
    const label = intl.formatMessage(mainMessages.waitingOnYou, {count});
    return (
        <span
            className='po-waiting-badge'
            role='status'
            aria-label={label}
            title={label}
            style={{marginLeft: 4, padding: '0 5px', borderRadius: 8, fontSize: 11, fontWeight: 600, lineHeight: '16px', background: 'var(--button-bg)', color: 'var(--button-color)'}}
        >
            {count}
        </span>
    );
}
