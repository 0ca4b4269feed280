// "Checks read from GitHub" on a plugin's page: on request, the repository is read from this browser
// (webapp/src/github, a chunk fetched on first use) and compared with the tracker. Results say where
// and when they were read; a licence GitHub detects can be recorded as evidence in one click, the
// event saying it was read from GitHub. Nothing else is recorded, and no check blocks anything.
import React, {useId, useState} from 'react';
import {useIntl, type IntlShape, type MessageDescriptor} from 'react-intl';

import type {EventDraft} from '../../domain/events';
import {checkInput} from '../../github/check_input';
import type * as GitHubChecks from '../../github/check_repo';
import type {FailureLine, RepoCheck} from '../../github/check_repo';
import type {CheckResult, CheckStatus, Line} from '../../github/checks';
import {githubMessages as m} from '../../i18n/messages_github';
import {SafeLink} from '../shared/safe_link';

import {usePage} from './page_context';

type Run = {readonly status: 'idle' | 'running'} | {readonly status: 'done'; readonly check: RepoCheck} | {readonly status: 'failed'; readonly error: string};

const LOOK: Readonly<Record<CheckStatus, {icon: string; label: MessageDescriptor}>> = {
    pass: {icon: 'icon icon-check-circle po-ok', label: m.statusPass},
    fail: {icon: 'icon icon-close-circle po-bad', label: m.statusFail},
    unknown: {icon: 'icon icon-help-circle-outline po-warn', label: m.statusUnknown},
};

function say(intl: IntlShape, line: Line | FailureLine): string {
    const values: Record<string, string | number> = {...line.values};
    if ('at' in line && line.at !== undefined) {
        values['time'] = intl.formatTime(line.at, {hour: '2-digit', minute: '2-digit'});
    }
    return intl.formatMessage(line.message, values);
}

function ResultRow({result}: {result: CheckResult}): React.JSX.Element {
    const intl = useIntl();
    const look = LOOK[result.status];
    const title = intl.formatMessage(result.title);
    return (
        <li className='po-check'>
            <i className={look.icon} aria-hidden='true'/>
            <div>
                <strong>{title}</strong>
                {' '}
                <span className='po-chip'>{intl.formatMessage(look.label)}</span>
                {result.lines.map((line) => <p key={line.message.id} style={{margin: 0}}>{say(intl, line)}</p>)}
                {result.link !== null && <SafeLink value={result.link} label={intl.formatMessage(m.view, {check: title})}/>}
            </div>
        </li>
    );
}

export function RepoChecks(): React.JSX.Element {
    const intl = useIntl();
    const titleId = useId();
    const {state, plugin, submitChecked, submitter} = usePage();
    const [run, setRun] = useState<Run>({status: 'idle'});
    const [refusal, setRefusal] = useState<string | null>(null);

    const start = (refresh: boolean) => {
        setRun({status: 'running'});
        import(/* webpackChunkName: "github" */ '../../github/check_repo')
            .then((github: typeof GitHubChecks) => github.pageChecker().check(checkInput(state, plugin), refresh))
            .then((check) => setRun({status: 'done', check}), (error: unknown) => setRun({status: 'failed', error: error instanceof Error ? error.message : String(error)}));
    };

    const check = run.status === 'done' ? run.check : null;
    const detected = check?.ok === true ? check.results.find((r) => r.key === 'licence') : undefined;
    const spdx = check?.ok === true && check.facts.licence !== null && check.facts.licence !== 'NOASSERTION' ? check.facts.licence : null;
    const recorded = plugin.items.licence.evidence['spdx'];
    const canRecord = check?.ok === true && spdx !== null && detected !== undefined && recorded?.value !== spdx;

    const record = async () => {
        if (check?.ok !== true || spdx === null) {
            return;
        }
        const draft: EventDraft = {type: 'evidence.set', plugin: plugin.id, item: 'licence', field: 'spdx', value: spdx, source: {kind: 'github', url: check.facts.url, readAt: check.facts.readAt}};
        await submitChecked(draft, setRefusal);
    };

    return (
        <section className='po-stack' aria-labelledby={titleId}>
            <h3 id={titleId}>{intl.formatMessage(m.title)}</h3>
            <p className='po-muted' style={{margin: 0}}>{intl.formatMessage(m.intro)}</p>
            <div>
                <button type='button' className='po-btn po-btn-secondary' disabled={run.status === 'running'} onClick={() => start(run.status !== 'idle')}>
                    <i className='icon icon-refresh' aria-hidden='true'/>
                    {intl.formatMessage(run.status === 'idle' || run.status === 'running' ? m.run : m.again)}
                </button>
            </div>
            <div aria-live='polite'>
                {run.status === 'running' && <p role='status'>{intl.formatMessage(m.running)}</p>}
                {run.status === 'failed' && <p className='po-error' role='alert'>{run.error}</p>}
                {check?.ok === false && <p className='po-error' role='alert'>{say(intl, check.line)}</p>}
                {check?.ok === true && (
                    <>
                        <ul className='po-stack' style={{listStyle: 'none', margin: 0, padding: 0}} aria-label={intl.formatMessage(m.title)}>
                            {check.results.map((result) => <ResultRow key={result.key} result={result}/>)}
                        </ul>
                        <p className='po-muted' style={{margin: 0}}>
                            {intl.formatMessage(m.source, {repo: `${check.target.owner}/${check.target.name}`, time: intl.formatTime(check.facts.readAt, {hour: '2-digit', minute: '2-digit'})})}
                            {check.facts.remaining !== null && ` ${intl.formatMessage(m.remaining, {count: check.facts.remaining})}`}
                        </p>
                    </>
                )}
            </div>
            {canRecord && spdx !== null && (
                <div>
                    <button type='button' className='po-btn po-btn-primary' disabled={submitter.busy} onClick={() => void record()}>
                        {intl.formatMessage(m.recordLicence, {spdx})}
                    </button>
                </div>
            )}
            {recorded?.source !== undefined && <p className='po-muted' style={{margin: 0}}>{intl.formatMessage(m.recordedLicence, {spdx: recorded.value})}</p>}
            {refusal !== null && <p className='po-error' role='alert'>{refusal}</p>}
        </section>
    );
}
