// The integrity words (i18n/integrity_words.ts) as the panel and the cards say them: people by
// @username, times in the reader's locale, plugins by their name.
import {useMemo} from 'react';
import {useIntl} from 'react-intl';

import {getPlugin} from '../../domain/plugin_records';
import type {TrackerState} from '../../domain/tracker_state';
import type {Format, Words} from '../../i18n/integrity_words';
import {formatWhen} from '../shared/relative_time';

/** `name`: "@alice" for a user id (useUserName). */
export function useIntegrityWords(state: TrackerState, name: (userId: string) => string): {words: Words; format: Format} {
    const intl = useIntl();
    const plugins = state.plugins;
    return useMemo(() => ({
        words: {
            name,
            when: (at: number) => formatWhen(intl, at),
            date: (at: number) => intl.formatDate(at, {dateStyle: 'medium'}),
            plugin: (pluginId: string) => getPlugin(plugins, pluginId)?.name ?? pluginId,
            // React renders text as text: nothing to escape.
            text: (value: string) => value,
        },
        format: (descriptor, values) => intl.formatMessage(descriptor, values),
    }), [intl, name, plugins]);
}
