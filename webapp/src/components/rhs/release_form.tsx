import React, {useState} from 'react';
import {useIntl} from 'react-intl';

import {ReleaseSet, isHttpUrl, type EventDraft} from '../../domain/events';
import {rhsMessages as m} from '../../i18n/messages_rhs';

import {usePage} from './page_context';
import {TextField} from './text_field';
import {InlineForm} from './inline_form';

export function ReleaseForm({onClose}: {onClose: () => void}): React.JSX.Element {
    const intl = useIntl();
    const {plugin, submitChecked, submitter} = usePage();
    const [version, setVersion] = useState('');
    const [url, setUrl] = useState('');
    const [errors, setErrors] = useState<{version?: string; url?: string}>({});
    const [refusal, setRefusal] = useState<string | null>(null);

    const onSubmit = async () => {
        const found: {version?: string; url?: string} = {};
        if (!ReleaseSet.shape.version.safeParse(version.trim()).success) {
            found.version = intl.formatMessage(m.invalidVersion);
        }
        if (!isHttpUrl(url.trim())) {
            found.url = intl.formatMessage(m.invalidUrl);
        }
        setErrors(found);
        if (Object.keys(found).length > 0) {
            return;
        }
        const draft: EventDraft = {type: 'release.set', plugin: plugin.id, version: version.trim(), url: url.trim()};
        if (await submitChecked(draft, setRefusal)) {
            onClose();
        }
    };

    return (
        <InlineForm
            title={intl.formatMessage(m.releaseTitle)}
            heading={true}
            onSubmit={onSubmit}
            onClose={onClose}
            submitLabel={intl.formatMessage(m.save)}
            busy={submitter.busy}
        >
            <TextField label={intl.formatMessage(m.releaseVersion)} value={version} onChange={setVersion} error={errors.version} autoFocus={true}/>
            <TextField label={intl.formatMessage(m.releaseUrl)} value={url} onChange={setUrl} error={errors.url} type='url'/>
            {refusal !== null && <p className='po-error' role='alert'>{refusal}</p>}
        </InlineForm>
    );
}
