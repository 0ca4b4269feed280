// One plugin: header, pipeline, unsaved changes, each stage's checklist, and the history.
import React, {useCallback, useMemo} from 'react';
import {useIntl} from 'react-intl';

import {STAGES} from '../../domain/process';
import type {EventDraft} from '../../domain/events';
import {decideWrite} from '../../domain/idempotency';
import type {Rejection} from '../../domain/tracker_state';
import {rhsPageMessages as pm} from '../../i18n/messages_rhs_page';
import type {TrackerView} from '../../state/types';
import {preflight} from '../shared/preflight';
import {useSubmit} from '../shared/use_submit';
import {useAuthor} from '../shared/use_tracker';
import {useUserName} from '../shared/use_user_name';

import {HistoryTimeline} from './history_timeline';
import {MissingPluginNotices, PluginIntegrityNotices} from './integrity_notices';
import {PageContext, type PageContextValue} from './page_context';
import {PathAhead} from './path_ahead';
import {FramedReason} from './reason_text';
import {PendingList} from './pending_list';
import {PluginHeader} from './plugin_header';
import {RepoChecks} from './repo_checks';
import {StagePipeline} from './stage_pipeline';
import {StageSection} from './stage_section';

export interface PluginPageProps {
    teamId: string;
    view: TrackerView;
    pluginId: string;
    onBack: () => void;
}

export function PluginPage({teamId, view, pluginId, onBack}: PluginPageProps): React.JSX.Element {
    const intl = useIntl();
    const author = useAuthor();
    const submitter = useSubmit(teamId);
    const userName = useUserName(view);
    const state = view.state;
    const plugin = state.plugins[pluginId];
    const verdict = useCallback((draft: EventDraft) => preflight(state, draft, author), [state, author]);
    const {submit, resend} = submitter;
    const pending = view.pending;
    const submitChecked = useCallback(async (draft: EventDraft, showRefusal: (reason: string | null, rejection: Rejection | null) => void) => {
        const rejection = verdict(draft);
        showRefusal(rejection?.message ?? null, rejection);
        if (rejection !== null) {
            return false;
        }
        // Never recorded twice: the domain's rule, the one the command asks too.
        const write = decideWrite(state, pending, draft, author.userId);
        switch (write.kind) {
        case 'already':
            // Recorded already (a failed send whose post did land): nothing new to write.
            return true;
        case 'in-flight':
            showRefusal(intl.formatMessage(pm.stillSending), null);
            return false;
        case 'retry':
            return resend(write.eventId);
        case 'write':
            return submit(draft);
        }
    }, [verdict, state, pending, author.userId, intl, submit, resend]);
    const context = useMemo<PageContextValue | null>(() => (plugin ? {teamId, state, plugin, author, submitter, userName, verdict, submitChecked, pending} : null),
        [teamId, state, plugin, author, submitter, userName, verdict, submitChecked, pending]);

    const back = (
        <div>
            <button type='button' className='po-btn po-btn-link' onClick={onBack}>
                <i className='icon icon-chevron-left' aria-hidden='true'/>
                {intl.formatMessage(pm.back)}
            </button>
        </div>
    );
    if (!context) {
        return (
            <div className='po-stack' onKeyDown={(e) => e.key === 'Escape' && onBack()}>
                {back}
                <p role='status'>{intl.formatMessage(pm.notFound, {id: pluginId})}</p>
                {/* A plugin can be missing because its registration was deleted: say so here. */}
                <MissingPluginNotices teamId={teamId} view={view}/>
                <PendingList teamId={teamId} pending={view.pending} pluginId={pluginId}/>
            </div>
        );
    }
    return (
        <PageContext.Provider value={context}>
            <div className='po-stack'>
                {back}
                <PluginHeader/>
                <PluginIntegrityNotices teamId={teamId} view={view} pluginId={pluginId}/>
                <StagePipeline/>
                <PathAhead/>
                <PendingList teamId={teamId} pending={view.pending} pluginId={pluginId}/>
                <div aria-live='assertive'>
                    {submitter.error !== null && (
                        <div className='po-error' role='alert'>
                            {submitter.rejection === null ?
                                intl.formatMessage(pm.actionFailed, {message: submitter.error}) :
                                <FramedReason rejection={submitter.rejection} frame={(reason) => intl.formatMessage(pm.actionFailed, {message: reason})}/>}
                        </div>
                    )}
                </div>
                {STAGES.map((stage) => <StageSection key={stage.key} stage={stage}/>)}
                <RepoChecks/>
                <HistoryTimeline/>
            </div>
        </PageContext.Provider>
    );
}
