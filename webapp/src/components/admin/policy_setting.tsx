// System Console › Plugins › Plugin Onboard › Tracker policy. The policy is not a config value: Save
// runs our registered save action, which appends one policy.set event per edited team to that team's
// tracker channel, authored by the admin. Every client folds it from there.
import type {GlobalState} from '@mattermost/types/store';
import React, {useCallback, useEffect, useId, useMemo, useRef, useState} from 'react';
import {useIntl} from 'react-intl';
import {useSelector, useStore} from 'react-redux';

import type {RoleKey, StageKey} from '../../domain/process_types';
import {adminMessages as m} from '../../i18n/messages_admin';
import {getCurrentTeamId} from '../../host/host_state';
import {selectTracker} from '../../state/selectors';
import type {RosterAddition, SubmitResult, TrackerSession} from '../../state/tracker_session';
import type {PendingEvent, UserSummary} from '../../state/types';
import {useSession} from '../shared/app_context';
import {useStyles} from '../shared/styles';

import type {AdminCustomSettingProps, SaveActionResult} from './admin_setting_props';
import {useAdminStyles} from './admin_styles';
import {selectMyMembers, selectTeams, teamChoices} from './my_teams';
import {draftFromEvent, draftFromPolicy, draftProblems, hasProblems, type PolicyDraft, policyEventDraft, sameDraft} from './policy_draft';
import {PolicyEditor} from './policy_editor';
import {RosterReport} from './roster_report';
import {TeamTracker} from './team_tracker';

interface Edit {
    readonly draft: PolicyDraft;
    /** The event this draft was saved as; the edit is dropped once the fold shows it in force. */
    readonly savedEventId: string | null;
}

/**
 * A failed send stays in the session as a pending event. Saving the same content again retries that
 * very event (same id, so it can never be recorded twice); other content replaces it.
 */
async function send(session: TrackerSession, pending: readonly PendingEvent[], teamId: string, draft: PolicyDraft): Promise<SubmitResult> {
    let retry: string | null = null;
    for (const {event, status} of pending) {
        if (status !== 'failed' || event.type !== 'policy.set') {
            continue;
        }
        if (retry === null && sameDraft(draftFromEvent(event), draft)) {
            retry = event.id;
        } else {
            session.discard(teamId, event.id);
        }
    }
    return retry === null ? session.submit(teamId, policyEventDraft(draft)) : session.retry(teamId, retry);
}

export function PolicySetting(props: AdminCustomSettingProps): React.JSX.Element {
    const {disabled, registerSaveAction, unRegisterSaveAction, setSaveNeeded} = props;
    useStyles();
    useAdminStyles();
    const intl = useIntl();
    const session = useSession();
    // Saving records a policy event: its part downloads while the page is read, not on Save.
    useEffect(() => session.prepareWrites(), [session]);
    const store = useStore<GlobalState>();
    const teamSelectId = useId();

    const teams = useSelector(selectTeams);
    const members = useSelector(selectMyMembers);
    const currentTeamId = useSelector(getCurrentTeamId);
    const choices = useMemo(() => teamChoices(teams, members), [teams, members]);
    const [pickedTeamId, setPickedTeamId] = useState<string | null>(null);
    const teamId = pickedTeamId ?? (choices.some((team) => team.id === currentTeamId) ? currentTeamId : choices[0]?.id ?? '');
    const teamName = useCallback((id: string) => choices.find((team) => team.id === id)?.name ?? id, [choices]);

    const view = useSelector((state: GlobalState) => selectTracker(state, teamId));
    const policy = view.state.policy;

    const [edits, setEdits] = useState<Readonly<Record<string, Edit>>>({});
    const [saveError, setSaveError] = useState<string | null>(null);
    /** Per team, what the last save did to the tracker channel's members. */
    const [rosterReports, setRosterReports] = useState<Readonly<Record<string, RosterAddition>>>({});

    // The System Console calls the save action long after this render: it reads the latest of these.
    const latest = useRef({edits, session, teamName});
    latest.current = {edits, session, teamName};

    useEffect(() => {
        if (teamId !== '') {
            void session.open(teamId);
        }
    }, [session, teamId]);

    // Once the fold shows a saved draft in force, the page goes back to following the log.
    const savedEventId = edits[teamId]?.savedEventId ?? null;
    useEffect(() => {
        if (savedEventId !== null && policy.stamp?.eventId === savedEventId) {
            setEdits((all) => Object.fromEntries(Object.entries(all).filter(([id]) => id !== teamId)));
        }
    }, [savedEventId, policy.stamp, teamId]);

    const save = useCallback(async (): Promise<SaveActionResult> => {
        const {edits: pending, session: current, teamName: nameOf} = latest.current;
        const errors: string[] = [];
        for (const [id, edit] of Object.entries(pending)) {
            const inForce = selectTracker(store.getState(), id).state.policy;
            if (edit.savedEventId !== null || sameDraft(edit.draft, draftFromPolicy(inForce))) {
                continue;
            }
            if (hasProblems(draftProblems(edit.draft))) {
                errors.push(intl.formatMessage(m.saveInvalid, {team: nameOf(id)}));
                continue;
            }
            const result = await send(current, selectTracker(store.getState(), id).pending, id, edit.draft);
            if (result.ok) {
                const eventId = result.event.id;
                setEdits((all) => {
                    const now = all[id];
                    // A newer edit made while saving stays unsaved.
                    return now && now.draft === edit.draft ? {...all, [id]: {draft: edit.draft, savedEventId: eventId}} : all;
                });
                // Mentions notify only channel members: the saved roster joins the tracker channel.
                // The policy is saved already; what could not be done here is only reported.
                const report = await current.addRosterMembers(id, Object.values(edit.draft.roles).flat());
                setRosterReports((all) => ({...all, [id]: report}));
            } else {
                errors.push(intl.formatMessage(m.saveFailed, {team: nameOf(id), message: result.error.message}));
            }
        }
        const message = errors.join(' ');
        setSaveError(message === '' ? null : message);
        return message === '' ? {} : {error: {message}};
    }, [intl, store]);

    useEffect(() => {
        registerSaveAction(save);
        return () => unRegisterSaveAction(save);
    }, [registerSaveAction, unRegisterSaveAction, save]);

    const inForceDraft = useMemo(() => draftFromPolicy(policy), [policy]);
    const edit = edits[teamId];
    const draft = edit?.draft ?? inForceDraft;
    const unsaved = edit !== undefined && edit.savedEventId === null && !sameDraft(edit.draft, inForceDraft);

    const update = (change: (before: PolicyDraft) => PolicyDraft): void => {
        setEdits((all) => ({...all, [teamId]: {draft: change(all[teamId]?.draft ?? inForceDraft), savedEventId: null}}));
        setSaveNeeded();
    };

    const [known, setKnown] = useState<Readonly<Record<string, UserSummary>>>({});
    const remember = useCallback((users: readonly UserSummary[]) => {
        setKnown((all) => {
            const next = {...all};
            for (const user of users) {
                next[user.id] = user;
            }
            return next;
        });
    }, []);
    const userName = useCallback((userId: string): string => {
        const user = known[userId] ?? view.users[userId];
        return user ? '@' + user.username : intl.formatMessage(m.unknownUser);
    }, [known, view.users, intl]);

    // Role holders and authors the log's user list has not named yet (e.g. someone just added).
    const asked = useRef(new Set<string>());
    useEffect(() => {
        const wanted = new Set<string>([
            ...Object.values(draft.roles).flat(),
            ...Object.values(policy.roles).flat(),
            ...view.state.policyHistory.map((entry) => entry.by),
        ]);
        const missing = [...wanted].filter((id) => !known[id] && !view.users[id] && !asked.current.has(id));
        if (missing.length === 0) {
            return;
        }
        missing.forEach((id) => asked.current.add(id));
        session.users.byIds(missing).then(remember, () => missing.forEach((id) => asked.current.delete(id)));
    }, [draft, policy, view.state.policyHistory, view.users, known, session, remember]);

    if (choices.length === 0) {
        return <p className='po-admin po-muted'>{intl.formatMessage(m.teamNone)}</p>;
    }

    return (
        <div className='po-admin'>
            <p>{intl.formatMessage(m.intro)}</p>
            {choices.length > 1 && (
                <div className='po-field'>
                    <label htmlFor={teamSelectId}>{intl.formatMessage(m.team)}</label>
                    <select
                        id={teamSelectId}
                        className='po-input'
                        value={teamId}
                        onChange={(event) => setPickedTeamId(event.target.value)}
                    >
                        {choices.map((team) => (
                            <option
                                key={team.id}
                                value={team.id}
                            >
                                {team.name}
                            </option>
                        ))}
                    </select>
                </div>
            )}
            {saveError !== null && (
                <div
                    className='po-admin-alert'
                    role='alert'
                >
                    {saveError}
                </div>
            )}
            {rosterReports[teamId] && (
                <RosterReport
                    report={rosterReports[teamId]}
                    userName={userName}
                />
            )}
            {!policy.configured && view.status === 'ready' && (
                <div
                    className='po-admin-notice'
                    role='note'
                >
                    {intl.formatMessage(m.notConfigured)}
                </div>
            )}
            {unsaved && (
                <div
                    className='po-admin-notice'
                    role='status'
                >
                    {intl.formatMessage(m.unsaved)}
                </div>
            )}
            <TeamTracker
                teamId={teamId}
                view={view}
                disabled={disabled}
                userName={userName}
            >
                <PolicyEditor
                    draft={draft}
                    teamId={teamId}
                    disabled={disabled}
                    search={{
                        byUsernames: async (names) => {
                            const found = await session.users.byUsernames(names);
                            remember(found);
                            return found;
                        },
                        autocomplete: (term, team) => session.users.autocomplete(term, team),
                    }}
                    userName={userName}
                    onAddUser={(role: RoleKey, user: UserSummary) => {
                        remember([user]);
                        update((before) => ({...before, roles: {...before.roles, [role]: [...before.roles[role], user.id]}}));
                    }}
                    onRemoveUser={(role: RoleKey, userId: string) => update((before) => ({...before, roles: {...before.roles, [role]: before.roles[role].filter((id) => id !== userId)}}))}
                    onLicences={(licences) => update((before) => ({...before, licences}))}
                    onEnvironment={(stage: StageKey, url: string) => update((before) => ({...before, environments: {...before.environments, [stage]: url}}))}
                    onGithub={(url: string) => update((before) => ({...before, githubEnterpriseUrl: url}))}
                    onNotifications={(change) => update((before) => ({...before, ...change}))}
                />
            </TeamTracker>
        </div>
    );
}
