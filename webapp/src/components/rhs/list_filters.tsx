import React from 'react';
import {useIntl} from 'react-intl';

import {STAGES, isStageKey} from '../../domain/process';
import {rhsMessages as m} from '../../i18n/messages_rhs';

import type {ListFilter} from './list_grouping';

export function ListFilters({filter, onChange}: {filter: ListFilter; onChange: (filter: ListFilter) => void}): React.JSX.Element {
    const intl = useIntl();
    return (
        <div className='po-stack'>
            <div className='po-search'>
                <i className='icon icon-magnify' aria-hidden='true'/>
                <input
                    className='po-input'
                    type='search'
                    aria-label={intl.formatMessage(m.searchLabel)}
                    placeholder={intl.formatMessage(m.searchPlaceholder)}
                    value={filter.search}
                    onChange={(e) => onChange({...filter, search: e.target.value})}
                />
            </div>
            <div className='po-row'>
                <label className='po-row'>
                    <span className='po-muted'>{intl.formatMessage(m.filterStage)}</span>
                    <select
                        className='po-input'
                        style={{width: 'auto'}}
                        value={filter.stage}
                        onChange={(e) => onChange({...filter, stage: isStageKey(e.target.value) ? e.target.value : 'all'})}
                    >
                        <option value='all'>{intl.formatMessage(m.filterAllStages)}</option>
                        {STAGES.map((stage) => <option key={stage.key} value={stage.key}>{stage.label}</option>)}
                    </select>
                </label>
                <label className='po-row'>
                    <input type='checkbox' checked={filter.mine} onChange={(e) => onChange({...filter, mine: e.target.checked})}/>
                    {intl.formatMessage(m.filterMine)}
                </label>
                <label className='po-row'>
                    <span className='po-muted'>{intl.formatMessage(m.sortLabel)}</span>
                    <select
                        className='po-input'
                        style={{width: 'auto'}}
                        value={filter.sort}
                        onChange={(e) => onChange({...filter, sort: e.target.value === 'waiting' ? 'waiting' : 'tracker'})}
                    >
                        <option value='tracker'>{intl.formatMessage(m.sortTracker)}</option>
                        <option value='waiting'>{intl.formatMessage(m.sortWaiting)}</option>
                    </select>
                </label>
                <label className='po-row'>
                    <input type='checkbox' checked={filter.waitingOnMe} onChange={(e) => onChange({...filter, waitingOnMe: e.target.checked})}/>
                    {intl.formatMessage(m.filterWaiting)}
                </label>
            </div>
        </div>
    );
}
