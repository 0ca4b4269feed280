import React, {useId, useState} from 'react';
import {useIntl} from 'react-intl';

import {whoseMove} from '../../domain/turns';
import {itemDef} from '../../domain/process';
import type {ItemKey} from '../../domain/process_types';
import {rhsPageMessages as pm} from '../../i18n/messages_rhs_page';
import {ACTOR_LABEL, ITEM_STATUS_LABEL} from '../shared/labels';
import {formatWhen} from '../shared/relative_time';

import {ActionButton} from './action_button';
import {EvidenceRow} from './evidence_row';
import {usePage} from './page_context';
import {SignOffSlot} from './sign_off_slot';
import {SubStepRow} from './substep_row';
import {WaiveForm} from './waive_form';

const STATUS_ICON = {
    pending: 'icon-circle-outline',
    done: 'icon-check-circle po-ok',
    'not-applicable': 'icon-minus-circle-outline po-muted',
} as const;

export function ItemCard({itemKey}: {itemKey: ItemKey}): React.JSX.Element {
    const intl = useIntl();
    const {state, plugin, author, verdict, userName} = usePage();
    const headingId = useId();
    const [waiving, setWaiving] = useState(false);
    const def = itemDef(itemKey);
    const item = plugin.items[itemKey];
    // Dated from when each move came to its actor (turns.ts), not from when the item opened.
    const itemMoves = item.status === 'pending' ? whoseMove(state, plugin).flatMap((turn) => turn.moves).filter((move) => move.item === itemKey) : [];
    return (
        <article className='po-item' aria-labelledby={headingId}>
            <div className='po-spread'>
                <h4 id={headingId} style={{textTransform: 'none', fontSize: 14, color: 'inherit', letterSpacing: 0}}>
                    <i className={`icon ${STATUS_ICON[item.status]}`} aria-hidden='true'/>
                    {def.label}
                </h4>
                <span className='po-chip'>{intl.formatMessage(ITEM_STATUS_LABEL[item.status])}</span>
            </div>
            <p className='po-muted' style={{margin: 0}}>{def.summary}</p>
            {item.waiver && <p className='po-muted'>{intl.formatMessage(pm.waived, {user: userName(item.waiver.by), reason: item.waiver.reason})}</p>}
            {itemMoves.length > 0 && (
                <ul aria-label={intl.formatMessage(pm.whoseMoveTitle)}>
                    {itemMoves.map((move, i) => (
                        <li key={i} className='po-muted'>
                            {intl.formatMessage(pm.whoseMove, {actor: intl.formatMessage(ACTOR_LABEL[move.actor]), what: move.what, since: formatWhen(intl, move.since)})}
                        </li>
                    ))}
                </ul>
            )}
            {def.substeps.length > 0 && (
                <ul aria-label={intl.formatMessage(pm.substeps)}>
                    {def.substeps.map((sub) => <SubStepRow key={sub.key} itemKey={itemKey} def={sub}/>)}
                </ul>
            )}
            {def.evidence.length > 0 && (
                <ul aria-label={intl.formatMessage(pm.evidence)}>
                    {def.evidence.map((field) => <EvidenceRow key={field.key} itemKey={itemKey} def={field}/>)}
                </ul>
            )}
            {item.reopened.length > 0 && item.status === 'pending' && (
                // A new release reopened these: the item is open again, and who had signed stays visible.
                <ul aria-label={intl.formatMessage(pm.reopenedTitle)}>
                    {item.reopened.map((signOff) => (
                        <li key={signOff.eventId} className='po-muted'>
                            <i className='icon icon-refresh' aria-hidden='true'/>
                            {intl.formatMessage(pm.reopenedSignOff, {user: userName(signOff.by), when: formatWhen(intl, signOff.at), release: signOff.release ?? intl.formatMessage(pm.noRelease)})}
                        </li>
                    ))}
                </ul>
            )}
            {def.slots.length > 0 && item.status !== 'not-applicable' && (
                <ul aria-label={intl.formatMessage(pm.signOffs)}>
                    {def.slots.map((slot) => <SignOffSlot key={slot.key} itemKey={itemKey} def={slot}/>)}
                </ul>
            )}
            {author.isSystemAdmin && item.status === 'pending' && (
                waiving ? (
                    <WaiveForm itemKey={itemKey} onClose={() => setWaiving(false)}/>
                ) : (
                    <div>
                        <ActionButton
                            label={intl.formatMessage(pm.waive)}
                            ariaLabel={intl.formatMessage(pm.waiveItem, {item: def.label})}
                            rejection={verdict({type: 'waived', plugin: plugin.id, item: itemKey, reason: 'preflight'})}
                            onClick={() => setWaiving(true)}
                        />
                    </div>
                )
            )}
        </article>
    );
}
