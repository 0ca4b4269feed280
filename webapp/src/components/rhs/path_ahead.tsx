// What must happen, in order, before the plugin's next deployment, and who can do each step: the
// domain's own query (pathAhead), as `/plugin-onboard status` and the refusals at a gate show it,
// so nobody has to learn the order from one refusal after another.
import React, {useId, useMemo} from 'react';
import {useIntl} from 'react-intl';

import {currentStage, pathAhead} from '../../domain';
import {ownersOf} from '../../domain/people';
import {stageDef} from '../../domain/process';
import {rhsPageMessages as pm} from '../../i18n/messages_rhs_page';
import {ACTOR_LABEL} from '../shared/labels';

import {usePage} from './page_context';
import {RoleHolders} from './role_holders';

export function PathAhead(): React.JSX.Element | null {
    const intl = useIntl();
    const {state, plugin, userName} = usePage();
    const headingId = useId();
    const steps = useMemo(() => pathAhead(state, plugin), [state, plugin]);
    const stage = currentStage(plugin);
    if (steps.length === 0 || stage === null) {
        return null;
    }
    const owners = intl.formatMessage(pm.heldBy, {role: intl.formatMessage(ACTOR_LABEL.author), names: ownersOf(plugin).map(userName).join(', ')});
    return (
        <section className='po-stack' style={{gap: 4}} aria-labelledby={headingId}>
            <h3 id={headingId}>{intl.formatMessage(pm.pathAhead, {environment: stageDef(stage).environment.name})}</h3>
            <ol style={{margin: 0, paddingLeft: 20, fontSize: 12, display: 'flex', flexDirection: 'column', gap: 2}}>
                {steps.map((step) => (
                    <li key={step.what}>
                        <span>{step.what}</span>
                        {' — '}
                        {step.actor === 'author' ? <span className='po-muted po-holders'>{owners}</span> : <RoleHolders role={step.actor}/>}
                    </li>
                ))}
            </ol>
        </section>
    );
}
