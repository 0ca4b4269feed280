// Strings of a plugin's page about reaching people: the mark on a role holder who is not in the
// tracker channel, and the hand-off request to the Integrations team. They come with the page's chunk
// (plugin_page_chunk.ts), not with the panel's first open.
import type {MessageDescriptor} from 'react-intl';

export const handoffMessages = {
    notInTracker: {id: 'plugin-onboard.rhs.not-in-tracker', defaultMessage: '(not in the tracker channel: will not be notified)'},
    handoff: {id: 'plugin-onboard.rhs.handoff', defaultMessage: 'Request in ~{channel}'},
    handoffLabel: {id: 'plugin-onboard.rhs.handoff-label', defaultMessage: 'Ask the Integrations team in ~{channel}: opens the channel with the request copied'},
    handoffCopied: {id: 'plugin-onboard.rhs.handoff-copied', defaultMessage: 'The request is copied. Paste it into the message box of ~{channel}, edit it as you like and send it.'},
    handoffNotCopied: {id: 'plugin-onboard.rhs.handoff-not-copied', defaultMessage: 'Copy the request below into the message box of ~{channel}, edit it as you like and send it (the browser did not let the plugin copy it).'},
    handoffNotOpened: {id: 'plugin-onboard.rhs.handoff-not-opened', defaultMessage: 'This Mattermost does not let the plugin open ~{channel}: open it yourself.'},
    handoffText: {id: 'plugin-onboard.rhs.handoff-text', defaultMessage: 'The request for the Integrations team (Markdown)'},
    handoffNothing: {id: 'plugin-onboard.rhs.handoff-nothing', defaultMessage: 'Nothing waits on the Integrations team yet, so there is no request to make. First: {moves}.'},
    handoffArchived: {id: 'plugin-onboard.rhs.handoff-archived', defaultMessage: 'This plugin is archived: there is nothing to ask the Integrations team.'},
    handoffNotLoaded: {id: 'plugin-onboard.rhs.handoff-not-loaded', defaultMessage: 'The request could not be drafted: its code could not be downloaded. Check the connection and try again.'},
} as const satisfies Record<string, MessageDescriptor & {id: string; defaultMessage: string}>;
