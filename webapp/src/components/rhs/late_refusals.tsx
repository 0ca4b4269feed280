// "Your sign-off of QA pass on GitHub was not recorded after all: @carol-qa signed it first." My
// changes of this page session that a later look at the log refused (state/late_refusals.ts),
// until dismissed.
import React, {useState} from 'react';
import {useIntl} from 'react-intl';

import {summarize} from '../../domain/messages';
import {itemName} from '../../domain/gates';
import {pluginOfEvent} from '../../domain/events';
import {getPlugin} from '../../domain/plugin_records';
import {itemDef} from '../../domain/process';
import {integrityMessages as m} from '../../i18n/messages_integrity';
import {lateRefusals, sessionStart, type LateRefusal} from '../../state/late_refusals';
import type {TrackerView} from '../../state/types';
import {useAuthor} from '../shared/use_tracker';
import {useUserName} from '../shared/use_user_name';

import {FramedReason} from './reason_text';

/** Dismissed notices, for the page session: switching between the list and a plugin keeps them dismissed. */
const dismissed = new Set<string>();

export function LateRefusals({teamId, view, pluginId = null}: {teamId: string; view: TrackerView; pluginId?: string | null}): React.JSX.Element | null {
    const intl = useIntl();
    const author = useAuthor();
    const name = useUserName(view);
    const [, setDismissedCount] = useState(dismissed.size);
    const state = view.state;
    const shown = lateRefusals(state, author.userId, sessionStart(teamId, state)).filter((refusal) =>
        !dismissed.has(refusal.postId) && (pluginId === null || pluginOfEvent(refusal.event) === pluginId));
    if (shown.length === 0) {
        return null;
    }
    const pluginNameOf = (refusal: LateRefusal): string | null => {
        const plugin = pluginOfEvent(refusal.event);
        return plugin === null ? null : getPlugin(state.plugins, plugin)?.name ?? plugin;
    };
    const changeName = (refusal: LateRefusal): string => {
        const pluginName = pluginNameOf(refusal);
        const change = summarize(refusal.event);
        return pluginName === null ? change : intl.formatMessage(m.changeOn, {change, plugin: pluginName});
    };
    const sentence = (refusal: LateRefusal): React.JSX.Element => {
        const event = refusal.event;
        const plugin = pluginOfEvent(event);
        const pluginName = plugin === null ? '' : getPlugin(state.plugins, plugin)?.name ?? plugin;
        if (event.type === 'signoff.given' && refusal.firstBy !== null) {
            const def = itemDef(event.item);
            const slot = def.slots.length > 1 ? def.slots.find((candidate) => candidate.key === event.slot) : undefined;
            const item = slot ? `${itemName(def)} (${slot.label})` : itemName(def);
            return <>{intl.formatMessage(m.lateSignOffFirst, {item, plugin: pluginName, user: name(refusal.firstBy)})}</>;
        }
        const frame = (reason: string) => (plugin === null ?
            intl.formatMessage(m.lateTracker, {summary: summarize(event), reason}) :
            intl.formatMessage(m.lateChange, {summary: summarize(event), reason, plugin: pluginName}));
        return <FramedReason rejection={refusal.rejection} frame={frame}/>;
    };
    return (
        <ul className='po-stack' aria-label={intl.formatMessage(m.lateTitle)} style={{listStyle: 'none', margin: 0, padding: 0}}>
            {shown.map((refusal) => (
                <li key={refusal.postId} className='po-notice'>
                    <span className='po-row' style={{flexWrap: 'nowrap', alignItems: 'flex-start'}}>
                        <i className='icon icon-alert-circle-outline po-bad' aria-hidden='true'/>
                        <div role='alert'>{sentence(refusal)}</div>
                    </span>
                    <button
                        type='button'
                        className='po-btn po-btn-link'
                        aria-label={intl.formatMessage(m.dismissChange, {change: changeName(refusal)})}
                        onClick={() => {
                            dismissed.add(refusal.postId);
                            setDismissedCount(dismissed.size);
                        }}
                    >
                        {intl.formatMessage(m.dismiss)}
                    </button>
                </li>
            ))}
        </ul>
    );
}
