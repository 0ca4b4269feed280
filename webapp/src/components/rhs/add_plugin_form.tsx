// Registering a plugin from the panel: the same event the slash command's `add` writes.
import React, {useState} from 'react';
import {useIntl} from 'react-intl';

import {STAND_IN_USER_ID} from '../../domain/draft_issues';
import {LIMITS, type EventDraft} from '../../domain/events';
import {rhsPageMessages as pm} from '../../i18n/messages_rhs_page';
import type {TrackerView} from '../../state/types';
import {toUserError} from '../../state/user_errors';
import {useSession} from '../shared/app_context';
import {fieldErrors} from '../shared/draft_errors';
import {preflight} from '../shared/preflight';
import {useSubmit} from '../shared/use_submit';
import {useAuthor} from '../shared/use_tracker';

import {TextField} from './text_field';
import {InlineForm} from './inline_form';

interface Errors {
    id?: string;
    name?: string;
    repoUrl?: string;
    owners?: string;
}

export function parseUsernames(text: string): string[] {
    return [...new Set(text.split(/[\s,]+/).map((name) => name.replace(/^@/, '').trim().toLowerCase()).filter((name) => name !== ''))];
}

export interface AddPluginFormProps {
    teamId: string;
    view: TrackerView;
    /** Called with the new plugin's id once registered, or null when cancelled. */
    onDone: (pluginId: string | null) => void;
}

export function AddPluginForm({teamId, view, onDone}: AddPluginFormProps): React.JSX.Element {
    const intl = useIntl();
    const session = useSession();
    const author = useAuthor();
    const {submit, error, busy} = useSubmit(teamId);
    const [id, setId] = useState('');
    const [name, setName] = useState('');
    const [repoUrl, setRepoUrl] = useState('');
    const [owners, setOwners] = useState('');
    const [thirdPartyService, setThirdParty] = useState(false);
    const [mattermostOwned, setMattermostOwned] = useState(false);
    const [errors, setErrors] = useState<Errors>({});
    const [refusal, setRefusal] = useState<string | null>(null);

    // Optional, as with the command's --name: the id (cut to the longest name) stands in for it.
    const draftWith = (ownerIds: readonly string[]): Extract<EventDraft, {type: 'plugin.registered'}> => ({
        type: 'plugin.registered',
        plugin: id.trim(),
        name: name.trim() === '' ? [...id.trim()].slice(0, LIMITS.name).join('') : name.trim(),
        repoUrl: repoUrl.trim(),
        owners: [...ownerIds],
        thirdPartyService,
        mattermostOwned,
    });

    // The schema judges the draft, with the owners not yet looked up standing in by count.
    const validate = (): Errors => fieldErrors(intl, draftWith(parseUsernames(owners).map(() => STAND_IN_USER_ID)), {
        plugin: ['id', {label: intl.formatMessage(pm.fieldId), invalid: intl.formatMessage(pm.invalidId)}],
        // A name left empty is the id's, so an objection to it is the id's too.
        ...(name.trim() === '' ? {} : {name: ['name', {label: intl.formatMessage(pm.fieldNameOptional)}] as const}),
        repoUrl: ['repoUrl', {label: intl.formatMessage(pm.fieldRepo), invalid: intl.formatMessage(pm.invalidUrl)}],
        owners: ['owners', {label: intl.formatMessage(pm.fieldOwners)}],
    });

    const resolveOwners = async (): Promise<string[] | null> => {
        const names = parseUsernames(owners);
        if (names.length === 0) {
            return [];
        }
        try {
            const users = await session.users.byUsernames(names);
            const known = new Set(users.map((user) => user.username.toLowerCase()));
            const unknown = names.filter((n) => !known.has(n));
            if (unknown.length > 0) {
                setErrors((e) => ({...e, owners: intl.formatMessage(pm.unknownOwners, {names: unknown.join(', ')})}));
                return null;
            }
            return users.map((user) => user.id);
        } catch (e) {
            setErrors((prev) => ({...prev, owners: intl.formatMessage(pm.ownersLookupFailed, {message: toUserError(e, 'users').message})}));
            return null;
        }
    };

    const onSubmit = async () => {
        setRefusal(null);
        const found = validate();
        setErrors(found);
        if (Object.keys(found).length > 0) {
            return;
        }
        const ownerIds = await resolveOwners();
        if (ownerIds === null) {
            return;
        }
        const draft = draftWith(ownerIds);
        const rejection = preflight(view.state, draft, author);
        if (rejection) {
            setRefusal(rejection.message);
            return;
        }
        if (await submit(draft)) {
            onDone(draft.plugin);
        }
    };

    const shown = refusal ?? error;
    return (
        <InlineForm
            title={intl.formatMessage(pm.addPluginTitle)}
            heading={true}
            onSubmit={onSubmit}
            onClose={() => onDone(null)}
            submitLabel={intl.formatMessage(pm.submit)}
            busy={busy}
        >
            <TextField label={intl.formatMessage(pm.fieldId)} value={id} onChange={setId} error={errors.id} autoFocus={true}/>
            <TextField label={intl.formatMessage(pm.fieldNameOptional)} hint={intl.formatMessage(pm.fieldNameHint)} value={name} onChange={setName} error={errors.name}/>
            <TextField label={intl.formatMessage(pm.fieldRepo)} value={repoUrl} onChange={setRepoUrl} error={errors.repoUrl} type='url'/>
            <TextField label={intl.formatMessage(pm.fieldOwners)} value={owners} onChange={setOwners} error={errors.owners}/>
            <label className='po-check'>
                <input type='checkbox' checked={thirdPartyService} onChange={(e) => setThirdParty(e.target.checked)}/>
                {intl.formatMessage(pm.fieldThirdParty)}
            </label>
            <label className='po-check'>
                <input type='checkbox' checked={mattermostOwned} onChange={(e) => setMattermostOwned(e.target.checked)}/>
                {intl.formatMessage(pm.fieldMattermostOwned)}
            </label>
            <div aria-live='assertive'>
                {shown !== null && <p className='po-error' role='alert'>{shown}</p>}
            </div>
        </InlineForm>
    );
}
