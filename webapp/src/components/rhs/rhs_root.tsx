// The right-hand panel: the current team's tracker, as a list or one plugin's page.
import React from 'react';
import {useIntl} from 'react-intl';

import {rhsMessages as m} from '../../i18n/messages_rhs';
import {lazyComponent} from '../shared/lazy_component';
import {Skeleton} from '../shared/skeleton';
import {useSelectedPlugin} from '../shared/use_selected_plugin';
import {useStyles} from '../shared/styles';
import {useTeamId, useTracker} from '../shared/use_tracker';

import {ErrorState} from './error_state';
import {MissingState} from './missing_state';
import {PluginList} from './plugin_list';
import type {PluginPageProps} from './plugin_page';
import {TrackerNotices} from './tracker_notices';
import {UnusableState} from './unusable_state';

const PluginPage = lazyComponent<PluginPageProps>(() => import(/* webpackChunkName: "rhs-plugin" */ './plugin_page_chunk')
    .then((chunk) => ({Component: chunk.PluginPage, messages: chunk.messages})), 'PluginPage');

export function RhsRoot(): React.JSX.Element {
    useStyles();
    const intl = useIntl();
    const teamId = useTeamId();
    const view = useTracker(teamId);
    const [selected, select] = useSelectedPlugin();

    let body: React.JSX.Element;
    switch (view.status) {
    case 'idle':
    case 'loading':
        body = <Skeleton label={intl.formatMessage(m.loading)} blocks={4}/>;
        break;
    case 'error':
        body = <ErrorState teamId={teamId} message={view.error?.message ?? ''}/>;
        break;
    case 'missing':
        body = <MissingState teamId={teamId}/>;
        break;
    case 'unusable':
        body = <UnusableState refused={view.place?.refused ?? 'not-admin-created'}/>;
        break;
    case 'ready':
        body = (
            <>
                <TrackerNotices place={view.place}/>
                {selected === null ? (
                    <PluginList teamId={teamId} view={view} onOpen={select}/>
                ) : (
                    <PluginPage teamId={teamId} view={view} pluginId={selected} onBack={() => select(null)}/>
                )}
            </>
        );
        break;
    }
    return (
        <section className='po-root' aria-label={intl.formatMessage(m.panelTitle)}>
            {body}
        </section>
    );
}
