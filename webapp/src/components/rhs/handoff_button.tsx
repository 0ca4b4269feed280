// The hand-off post from the panel: opens the team's integrations channel with the request for the
// Integrations team copied, ready to paste, edit and send. Mattermost gives plugins no way to fill in
// a channel's message box (drafts live in the webapp's own storage, outside the plugin registry), so
// the text goes through the clipboard, and stays shown here to copy by hand if the browser refuses.
import type {GlobalState} from '@mattermost/types/store';
import React, {useId, useState} from 'react';
import {useIntl} from 'react-intl';
import {useSelector} from 'react-redux';

import {handoffMessages as m} from '../../i18n/messages_handoff';
import {getTeamName} from '../../host/host_state';
import {copyText, openChannelByName} from '../../host/navigation';

import {usePage} from './page_context';

type Outcome =
    | {readonly kind: 'refused'; readonly text: string}
    | {readonly kind: 'drafted'; readonly message: string; readonly copied: boolean; readonly opened: boolean};

export function HandoffButton(): React.JSX.Element {
    const intl = useIntl();
    const textId = useId();
    const {teamId, state, plugin, userName} = usePage();
    const teamName = useSelector((global: GlobalState) => getTeamName(global, teamId));
    const [outcome, setOutcome] = useState<Outcome | null>(null);
    const channel = state.policy.integrationsChannel;

    const request = async (): Promise<void> => {
        // Drafting comes on first use: most visits to a plugin's page never ask for it.
        const drafting = await import(/* webpackChunkName: "integrations-request" */ '../../domain/integrations_request').catch(() => null);
        if (drafting === null) {
            setOutcome({kind: 'refused', text: intl.formatMessage(m.handoffNotLoaded)});
            return;
        }
        const drafted = drafting.integrationsRequest(state, plugin, userName);
        if (!drafted.ready) {
            const moves = drafted.next.slice(0, 3).map((move) => move.what).join('; ');
            setOutcome({kind: 'refused', text: drafted.reason === 'archived' ? intl.formatMessage(m.handoffArchived) : intl.formatMessage(m.handoffNothing, {moves})});
            return;
        }
        const copied = await copyText(drafted.message);
        const opened = teamName !== '' && openChannelByName(teamName, drafted.channel);
        setOutcome({kind: 'drafted', message: drafted.message, copied, opened});
    };

    return (
        <div className='po-stack'>
            <div>
                <button
                    type='button'
                    className='po-btn'
                    aria-label={intl.formatMessage(m.handoffLabel, {channel})}
                    onClick={() => void request()}
                >
                    <i className='icon icon-send-outline' aria-hidden='true'/>
                    {intl.formatMessage(m.handoff, {channel})}
                </button>
            </div>
            {outcome?.kind === 'refused' && <p className='po-muted' role='status'>{outcome.text}</p>}
            {outcome?.kind === 'drafted' && (
                <>
                    <p role='status'>
                        {intl.formatMessage(outcome.copied ? m.handoffCopied : m.handoffNotCopied, {channel})}
                        {!outcome.opened && ` ${intl.formatMessage(m.handoffNotOpened, {channel})}`}
                    </p>
                    <label htmlFor={textId} className='po-muted'>{intl.formatMessage(m.handoffText)}</label>
                    <textarea
                        id={textId}
                        className='po-input'
                        readOnly={true}
                        rows={8}
                        value={outcome.message}
                        onFocus={(event) => event.currentTarget.select()}
                    />
                </>
            )}
        </div>
    );
}
