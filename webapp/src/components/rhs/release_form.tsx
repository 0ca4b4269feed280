import React, {useMemo, useState} from 'react';
import {useIntl} from 'react-intl';

import {effectOf} from '../../domain/effects';
import {ReleaseSet, type EventDraft} from '../../domain/events';
import {withId} from '../../domain/new_event';
import {effectLines} from '../../domain/messages';
import {rhsPageMessages as pm} from '../../i18n/messages_rhs_page';
import {fieldErrors} from '../shared/draft_errors';

import {usePage} from './page_context';
import {TextField} from './text_field';
import {InlineForm} from './inline_form';

/** Sets the release in force, starting from the current one, and says before sending what a new one will reopen. */
export function ReleaseForm({onClose}: {onClose: () => void}): React.JSX.Element {
    const intl = useIntl();
    const {plugin, author, userName, submitChecked, submitter} = usePage();
    const [version, setVersion] = useState(plugin.release?.version ?? '');
    const [url, setUrl] = useState(plugin.release?.url ?? '');
    const [errors, setErrors] = useState<{version?: string; url?: string}>({});
    const [refusal, setRefusal] = useState<string | null>(null);
    const typed = version.trim();
    const valid = ReleaseSet.shape.version.safeParse(typed).success;

    // The same rules the fold applies, to a copy of the plugin: what this release would undo.
    const reopens = useMemo(() => {
        if (!valid || typed === plugin.release?.version) {
            return null;
        }
        const preview = withId({type: 'release.set', plugin: plugin.id, version: typed, url: 'https://example.com/'}, 'preview');
        if (preview.type !== 'release.set') {
            return null;
        }
        return effectLines(effectOf(plugin, preview, {by: author.userId, at: Date.now(), eventId: preview.id}), preview, userName);
    }, [valid, typed, plugin, author.userId, userName]);

    const onSubmit = async () => {
        const draft: EventDraft = {type: 'release.set', plugin: plugin.id, version: typed, url: url.trim()};
        const found = fieldErrors(intl, draft, {
            version: ['version', {label: intl.formatMessage(pm.releaseVersion), invalid: intl.formatMessage(pm.invalidVersion)}],
            url: ['url', {label: intl.formatMessage(pm.releaseUrl), invalid: intl.formatMessage(pm.invalidUrl)}],
        });
        setErrors(found);
        if (Object.keys(found).length > 0) {
            return;
        }
        if (await submitChecked(draft, setRefusal)) {
            onClose();
        }
    };

    return (
        <InlineForm
            title={intl.formatMessage(pm.releaseTitle)}
            heading={true}
            onSubmit={onSubmit}
            onClose={onClose}
            submitLabel={intl.formatMessage(pm.save)}
            busy={submitter.busy}
        >
            <TextField label={intl.formatMessage(pm.releaseVersion)} value={version} onChange={setVersion} error={errors.version} autoFocus={true}/>
            <TextField label={intl.formatMessage(pm.releaseUrl)} value={url} onChange={setUrl} error={errors.url} type='url'/>
            <div role='status' className='po-muted'>
                {valid && typed === plugin.release?.version && <p>{intl.formatMessage(pm.releaseSameVersion, {version: typed})}</p>}
                {reopens !== null && reopens.length === 0 && <p>{intl.formatMessage(pm.releaseReopensNothing, {version: typed})}</p>}
                {reopens !== null && reopens.length > 0 && (
                    <>
                        <p>{intl.formatMessage(pm.releaseWillReopen, {version: typed})}</p>
                        <ul aria-label={intl.formatMessage(pm.releaseWillReopen, {version: typed})}>
                            {reopens.map((line) => <li key={line}>{line}</li>)}
                        </ul>
                    </>
                )}
            </div>
            {refusal !== null && <p className='po-error' role='alert'>{refusal}</p>}
        </InlineForm>
    );
}
