import type {GlobalState} from '@mattermost/types/store';
import {useCallback} from 'react';
import {useIntl} from 'react-intl';
import {useSelector} from 'react-redux';

import {rhsMessages} from '../../i18n/messages_rhs';
import type {TrackerView} from '../../state/types';

/** "@alice" for a user id: from the users the tracker has seen, else the host's profiles. */
export function useUserName(view: Pick<TrackerView, 'users'>): (userId: string) => string {
    const intl = useIntl();
    const profiles = useSelector((state: GlobalState) => state.entities.users.profiles);
    const fallback = intl.formatMessage(rhsMessages.unknownUser);
    const users = view.users;
    return useCallback((userId: string) => {
        const username = users[userId]?.username ?? profiles[userId]?.username;
        return username ? `@${username}` : fallback;
    }, [users, profiles, fallback]);
}
