import React from 'react';
import {useIntl} from 'react-intl';

import {stageProgress} from '../../domain';
import {STAGES} from '../../domain/process';
import {rhsMessages as m} from '../../i18n/messages_rhs';
import {rhsPageMessages as pm} from '../../i18n/messages_rhs_page';
import {EnvironmentName} from '../shared/environment_name';
import {STAGE_STATUS_LABEL} from '../shared/labels';
import {ProgressBar} from '../shared/progress_bar';

import {usePage} from './page_context';

/** The three stages side by side: where the plugin is at a glance. */
export function StagePipeline(): React.JSX.Element {
    const intl = useIntl();
    const {plugin} = usePage();
    return (
        <ol className='po-pipeline' aria-label={intl.formatMessage(pm.pipeline)}>
            {STAGES.map((stage) => {
                const status = plugin.stages[stage.key].status;
                const {done, total} = stageProgress(plugin, stage.key);
                return (
                    <li key={stage.key} className={`po-stage-${status}`}>
                        <EnvironmentName name={stage.environment.name}/>
                        <span className={`po-chip po-chip-${status}`}>{intl.formatMessage(STAGE_STATUS_LABEL[status])}</span>
                        <ProgressBar done={done} total={total} label={intl.formatMessage(m.stageProgress, {stage: stage.label, done, total})}/>
                    </li>
                );
            })}
        </ol>
    );
}
