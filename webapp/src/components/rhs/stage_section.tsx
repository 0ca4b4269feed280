import React, {useId, useState} from 'react';
import {useIntl} from 'react-intl';

import {missingForGate} from '../../domain';
import type {StageDef} from '../../domain/process_types';
import {rhsPageMessages as pm} from '../../i18n/messages_rhs_page';
import {STAGE_STATUS_LABEL} from '../shared/labels';
import {RelativeTime} from '../shared/relative_time';

import {ActionButton} from './action_button';
import {DeployForm} from './deploy_form';
import {ItemCard} from './item_card';
import {usePage} from './page_context';

export function StageSection({stage}: {stage: StageDef}): React.JSX.Element {
    const intl = useIntl();
    const {state, plugin, verdict, userName} = usePage();
    const headingId = useId();
    const stageState = plugin.stages[stage.key];
    const missing = stageState.status === 'deployed' ? [] : missingForGate(state, plugin, stage.key);
    const deployRejection = verdict({type: 'stage.deployed', plugin: plugin.id, stage: stage.key});
    const deployment = stageState.deployment;
    // A deployed stage is history: folded by default so the open work is what the page shows first.
    const [open, setOpen] = useState(stageState.status !== 'deployed');
    const itemsId = useId();
    const [confirming, setConfirming] = useState(false);
    return (
        <section className='po-stage' aria-labelledby={headingId}>
            <div className='po-spread'>
                <h3 id={headingId}>{stage.label}</h3>
                <span className={`po-chip po-chip-${stageState.status}`}>{intl.formatMessage(STAGE_STATUS_LABEL[stageState.status])}</span>
            </div>
            {deployment && (
                <p className='po-muted'>
                    <i className='icon icon-server-outline' aria-hidden='true'/>
                    {intl.formatMessage(pm.deployedAt, {user: userName(deployment.by), when: <RelativeTime key='t' at={deployment.at}/>})}
                    {deployment.release !== null && ` · ${deployment.release}`}
                </p>
            )}
            {stageState.status === 'deployed' && (
                <div>
                    <button type='button' className='po-btn po-btn-link' aria-expanded={open} aria-controls={itemsId} onClick={() => setOpen(!open)}>
                        <i className={`icon ${open ? 'icon-chevron-down' : 'icon-chevron-right'}`} aria-hidden='true'/>
                        {intl.formatMessage(open ? pm.hideItems : pm.showItems, {count: stage.items.length})}
                    </button>
                </div>
            )}
            {open && <div id={itemsId} className='po-stack'>{stage.items.map((key) => <ItemCard key={key} itemKey={key}/>)}</div>}
            {missing.length > 0 && (
                <div className='po-missing'>
                    <h4>{intl.formatMessage(pm.blocksGate)}</h4>
                    <ul style={{margin: 0, paddingLeft: 16}}>
                        {missing.map((line, i) => <li key={i}>{line.message}</li>)}
                    </ul>
                </div>
            )}
            {stageState.status !== 'deployed' && (confirming ? (
                <DeployForm stage={stage} onClose={() => setConfirming(false)}/>
            ) : (
                <div>
                    <ActionButton
                        primary={true}
                        label={intl.formatMessage(pm.deploy, {environment: stage.environment.name})}
                        rejection={deployRejection}
                        onClick={() => setConfirming(true)}
                    />
                </div>
            ))}
        </section>
    );
}
