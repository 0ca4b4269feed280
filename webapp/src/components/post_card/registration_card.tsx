import React from 'react';
import {useIntl} from 'react-intl';

import {currentStage, stageProgress} from '../../domain';
import type {EventOf} from '../../domain/events';
import {STAGES, stageDef} from '../../domain/process';
import {movesUnder} from '../../domain/queries';
import {cardMessages as m} from '../../i18n/messages_card';
import {integrityMessages} from '../../i18n/messages_integrity';
import {rhsMessages} from '../../i18n/messages_rhs';
import {useShowRhs} from '../shared/app_context';
import {ACTOR_LABEL, STAGE_STATUS_LABEL} from '../shared/labels';
import {EnvironmentName} from '../shared/environment_name';
import {ProgressBar} from '../shared/progress_bar';
import {SafeLink} from '../shared/safe_link';
import {Skeleton} from '../shared/skeleton';
import {useSelectedPlugin} from '../shared/use_selected_plugin';
import type {PostPart} from '../../state/part_selectors';
import {useTeamId} from '../shared/use_tracker';

import {usePluginPart} from './use_parts';

import {EventLine} from './event_line';

/**
 * The plugin's card: live progress, read from the folded tracker, not from the post. It reads only
 * its plugin's part of the record (the plugin, the policy, what is on hold), so a change to another
 * plugin does not render it again.
 */
export function RegistrationCard({postId, event, part}: {postId: string; event: EventOf<'plugin.registered'>; part: Pick<PostPart, 'rejection' | 'restored'>}): React.JSX.Element {
    const intl = useIntl();
    const teamId = useTeamId();
    const {status, plugin, policy, onHold} = usePluginPart(teamId, event.plugin);
    const showRhs = useShowRhs();
    const [, select] = useSelectedPlugin();

    if (status === 'idle' || status === 'loading') {
        return (
            <div className='po-card'>
                <Skeleton label={intl.formatMessage(m.loading)} blocks={1}/>
            </div>
        );
    }
    // Only the accepted registration is the plugin's card; a refused or repeated one is just a line.
    if (!plugin || plugin.rootPostId !== postId) {
        return <EventLine postId={postId} event={event} part={part}/>;
    }
    const stage = currentStage(plugin);
    const next = plugin.archived ? undefined : movesUnder(policy, plugin)[0];
    const open = () => {
        select(plugin.id);
        showRhs();
    };
    return (
        <article className='po-card' aria-label={plugin.name}>
            <button type='button' className='po-card-open' aria-label={intl.formatMessage(m.open, {name: plugin.name})} onClick={open}>
                <span className='po-spread' style={{width: '100%'}}>
                    <span className='po-card-name'>{plugin.name}</span>
                    <span className='po-muted'>{plugin.id}</span>
                </span>
                <span className='po-bars' style={{width: '100%'}}>
                    {STAGES.map((s) => {
                        const {done, total} = stageProgress(plugin, s.key);
                        return (
                            <span key={s.key} className='po-stack' style={{gap: 2}}>
                                <span className='po-muted'>
                                    <EnvironmentName name={s.environment.name}/>
                                    {' · '}
                                    {intl.formatMessage(STAGE_STATUS_LABEL[plugin.stages[s.key].status])}
                                </span>
                                <ProgressBar done={done} total={total} label={intl.formatMessage(rhsMessages.stageProgress, {stage: s.label, done, total})}/>
                            </span>
                        );
                    })}
                </span>
                <span>
                    {plugin.archived ? (
                        <span className='po-chip po-chip-archived'>{intl.formatMessage(m.archived)}</span>
                    ) : (
                        stage ? intl.formatMessage(m.currentStage, {stage: stageDef(stage).label}) : intl.formatMessage(m.allDeployed)
                    )}
                </span>
                {next && (
                    <span className='po-muted'>
                        {intl.formatMessage(m.nextMove, {actor: intl.formatMessage(ACTOR_LABEL[next.actor]), what: next.what})}
                    </span>
                )}
            </button>
            {onHold > 0 && (
                <span className='po-line po-warn'>
                    <i className='icon icon-clock-outline' aria-hidden='true'/>
                    {intl.formatMessage(integrityMessages.onHoldOnCard, {count: onHold})}
                </span>
            )}
            <span className='po-line'>
                <i className='icon icon-source-pull' aria-hidden='true'/>
                <SafeLink value={plugin.repoUrl}/>
            </span>
        </article>
    );
}
