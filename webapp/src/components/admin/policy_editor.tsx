// One team's editable policy: the rosters, the licence allow-list, the environment URLs and the
// GitHub Enterprise Server the repository checks may read.
import React from 'react';
import {useIntl} from 'react-intl';

import {ROLE_KEYS, type RoleKey, type StageKey} from '../../domain/process_types';
import {adminMessages as m} from '../../i18n/messages_admin';
import type {UserSummary} from '../../storage/port';

import {AdminSection} from './admin_section';
import {EnvironmentFields} from './environment_fields';
import {LicenceEditor} from './licence_editor';
import {NotificationFields, type NotificationDraft} from './notification_fields';
import {draftProblems, type PolicyDraft} from './policy_draft';
import {roleLabel} from './role_label';
import {UrlField} from './url_field';
import {type UserSearch, UserPicker} from './user_picker';

export interface PolicyEditorProps {
    readonly draft: PolicyDraft;
    readonly teamId: string;
    readonly disabled: boolean;
    readonly search: UserSearch;
    readonly userName: (userId: string) => string;
    readonly onAddUser: (role: RoleKey, user: UserSummary) => void;
    readonly onRemoveUser: (role: RoleKey, userId: string) => void;
    readonly onLicences: (licences: readonly string[]) => void;
    readonly onEnvironment: (stage: StageKey, url: string) => void;
    readonly onGithub: (url: string) => void;
    readonly onNotifications: (change: Partial<NotificationDraft>) => void;
}

export function PolicyEditor(props: PolicyEditorProps): React.JSX.Element {
    const {draft, teamId, disabled, search, userName} = props;
    const intl = useIntl();
    const problems = draftProblems(draft);
    return (
        <>
            <AdminSection
                title={intl.formatMessage(m.rolesTitle)}
                help={intl.formatMessage(m.roleHelp)}
            >
                <div className='po-admin-grid'>
                    {ROLE_KEYS.map((role) => (
                        <div
                            key={role}
                            className='po-stack'
                        >
                            <h4>{roleLabel(intl, role)}</h4>
                            <UserPicker
                                roleLabel={roleLabel(intl, role)}
                                userIds={draft.roles[role]}
                                userName={userName}
                                search={search}
                                teamId={teamId}
                                disabled={disabled}
                                onAdd={(user) => props.onAddUser(role, user)}
                                onRemove={(userId) => props.onRemoveUser(role, userId)}
                            />
                        </div>
                    ))}
                </div>
            </AdminSection>
            <AdminSection
                title={intl.formatMessage(m.licencesTitle)}
                help={intl.formatMessage(m.licencesHelp)}
            >
                <LicenceEditor
                    licences={draft.licences}
                    disabled={disabled}
                    onChange={props.onLicences}
                />
            </AdminSection>
            <AdminSection
                title={intl.formatMessage(m.environmentsTitle)}
                help={intl.formatMessage(m.environmentsHelp)}
            >
                <EnvironmentFields
                    environments={draft.environments}
                    invalid={problems.environments}
                    disabled={disabled}
                    onChange={props.onEnvironment}
                />
            </AdminSection>
            <AdminSection
                title={intl.formatMessage(m.githubTitle)}
                help={intl.formatMessage(m.githubHelp)}
            >
                <UrlField
                    label={intl.formatMessage(m.githubLabel)}
                    value={draft.githubEnterpriseUrl}
                    error={problems.githubEnterpriseUrl ? intl.formatMessage(m.githubInvalid) : null}
                    disabled={disabled}
                    placeholder='https://github.example.com'
                    onChange={props.onGithub}
                />
            </AdminSection>
            <AdminSection
                title={intl.formatMessage(m.notificationsTitle)}
                help={intl.formatMessage(m.notificationsHelp)}
            >
                <NotificationFields
                    draft={draft}
                    invalid={problems}
                    disabled={disabled}
                    onChange={props.onNotifications}
                />
            </AdminSection>
        </>
    );
}
