import React, {useState} from 'react';
import {useIntl} from 'react-intl';

import {stageDef} from '../../domain/process';
import {handsOf} from '../../domain/turns';
import {rhsMessages as m} from '../../i18n/messages_rhs';
import type {TrackerView} from '../../state/types';
import {lazyComponent} from '../shared/lazy_component';
import {useAuthor} from '../shared/use_tracker';

import type {AddPluginFormProps} from './add_plugin_form';
import {ResolvedMarksNotice, TrackerIntegrityNotices} from './integrity_notices';
import {filterPlugins, NO_FILTER, type GroupKey, type ListFilter} from './list_grouping';
import {ListFilters} from './list_filters';
import {PendingList} from './pending_list';
import {PluginRow} from './plugin_row';

// Registering is rarer than reading: the form arrives when it is first opened, not with the panel.
const AddPluginForm = lazyComponent<AddPluginFormProps>(() => import(/* webpackChunkName: "add-plugin" */ './add_plugin_chunk').then((module) => ({Component: module.AddPluginForm, messages: module.messages})), 'AddPluginForm');

export function PluginList({teamId, view, onOpen}: {teamId: string; view: TrackerView; onOpen: (id: string) => void}): React.JSX.Element {
    const intl = useIntl();
    const author = useAuthor();
    const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
    const [adding, setAdding] = useState(false);
    const state = view.state;
    const empty = state.pluginOrder.length === 0;
    const groups = filterPlugins(state, filter, author);
    // Made once per state (and then only from what is new): each row gets its own plugin's part.
    const hands = handsOf(state);
    const groupTitle = (key: GroupKey) => {
        if (key === 'done') {
            return intl.formatMessage(m.groupDone);
        }
        if (key === 'archived') {
            return intl.formatMessage(m.groupArchived);
        }
        return stageDef(key).label;
    };

    return (
        <div className='po-stack'>
            <div className='po-spread'>
                <h2>{intl.formatMessage(m.listTitle)}</h2>
                {!adding && (
                    <button type='button' className='po-btn po-btn-primary' onClick={() => setAdding(true)}>
                        {intl.formatMessage(m.addPlugin)}
                    </button>
                )}
            </div>
            <PendingList teamId={teamId} pending={view.pending} pluginId={null}/>
            <TrackerIntegrityNotices teamId={teamId} view={view}/>
            {!state.policy.configured && <p className='po-muted' role='note'>{intl.formatMessage(m.policyUnset)}</p>}
            {adding && (
                <AddPluginForm
                    teamId={teamId}
                    view={view}
                    onDone={(pluginId) => {
                        setAdding(false);
                        if (pluginId !== null) {
                            onOpen(pluginId);
                        }
                    }}
                />
            )}
            {empty ? (
                <div className='po-stack'>
                    <h3>{intl.formatMessage(m.emptyTitle)}</h3>
                    <p>{intl.formatMessage(m.emptyBody, {command: <code key='c'>{intl.formatMessage(m.emptyCommand)}</code>})}</p>
                </div>
            ) : (
                <>
                    <ListFilters filter={filter} onChange={setFilter}/>
                    {groups.length === 0 && <p className='po-muted' role='status'>{intl.formatMessage(m.noMatches)}</p>}
                    {groups.map((group) => (
                        <section key={group.key} className='po-group' aria-labelledby={`po-group-${group.key}`}>
                            <h3 id={`po-group-${group.key}`}>
                                {groupTitle(group.key)}
                                {' '}
                                <span className='po-muted'>{intl.formatMessage(m.pluginCount, {count: group.plugins.length})}</span>
                            </h3>
                            <ul className='po-stack' style={{listStyle: 'none', margin: 0, padding: 0}}>
                                {group.plugins.map((plugin) => <PluginRow key={plugin.id} plugin={plugin} policy={state.policy} hands={hands.get(plugin.id)} onOpen={onOpen}/>)}
                            </ul>
                        </section>
                    ))}
                </>
            )}
            <ResolvedMarksNotice view={view}/>
        </div>
    );
}
