import React from 'react';
import {useIntl} from 'react-intl';

import {stageProgress} from '../../domain';
import {turnsOf, type Hands} from '../../domain/turns';
import {STAGES} from '../../domain/process';
import type {PluginState, PolicyState} from '../../domain/tracker_state';
import {rhsMessages as m} from '../../i18n/messages_rhs';
import {ACTOR_LABEL} from '../shared/labels';
import {ProgressBar} from '../shared/progress_bar';
import {RelativeTime} from '../shared/relative_time';

export interface PluginRowProps {
    readonly plugin: PluginState;
    /** Whose move it is depends on the roles the policy names. */
    readonly policy: PolicyState;
    /** Since when each actor holds a move on it (turns.ts handsOf): the same object while that does not change. */
    readonly hands: Hands | undefined;
    readonly onOpen: (id: string) => void;
}

/**
 * One plugin in the list: its name, a bar per stage, and whose move is next. Memoised on its
 * props, which stay the same objects while the plugin does not change (the fold keeps an unchanged
 * plugin's object): a live event renders again only the rows of the plugins it changed.
 */
export const PluginRow = React.memo(function PluginRow({plugin, policy, hands, onOpen}: PluginRowProps): React.JSX.Element {
    const intl = useIntl();
    // The turn that has waited longest, dated from when the move came to its actor.
    const turn = plugin.archived ? undefined : turnsOf(policy, plugin, hands)[0];
    const next = turn?.moves[0];
    return (
        <li>
            <button
                type='button'
                className='po-plugin-row'
                aria-label={intl.formatMessage(m.openPlugin, {name: plugin.name})}
                onClick={() => onOpen(plugin.id)}
            >
                <span className='po-spread' style={{width: '100%'}}>
                    <span className='po-card-name'>{plugin.name}</span>
                    <span className='po-muted'>{plugin.id}</span>
                </span>
                <span className='po-bars'>
                    {STAGES.map((stage) => {
                        const {done, total} = stageProgress(plugin, stage.key);
                        return (
                            <ProgressBar
                                key={stage.key}
                                done={done}
                                total={total}
                                label={intl.formatMessage(m.stageProgress, {stage: stage.label, done, total})}
                            />
                        );
                    })}
                </span>
                <span className='po-muted'>
                    {next ? intl.formatMessage(m.nextMove, {what: next.what, actor: intl.formatMessage(ACTOR_LABEL[next.actor])}) : intl.formatMessage(m.noMoves)}
                    {turn && <>{' · '}{intl.formatMessage(m.waitingFor, {since: <RelativeTime key='t' at={turn.since}/>})}</>}
                </span>
            </button>
        </li>
    );
});
