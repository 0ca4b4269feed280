// Strings of the cards that render the plugin's posts in the tracker channel.
import type {MessageDescriptor} from 'react-intl';

export const cardMessages = {
    loading: {id: 'plugin-onboard.card.loading', defaultMessage: 'Loading plugin progress…'},
    unreadable: {id: 'plugin-onboard.card.unreadable', defaultMessage: 'unreadable event'},
    rejected: {id: 'plugin-onboard.card.rejected', defaultMessage: 'Rejected: {reason}'},
    open: {id: 'plugin-onboard.card.open', defaultMessage: 'Open {name} in the checklist'},
    currentStage: {id: 'plugin-onboard.card.current-stage', defaultMessage: 'Now: {stage}'},
    allDeployed: {id: 'plugin-onboard.card.all-deployed', defaultMessage: 'Deployed to every environment'},
    nextMove: {id: 'plugin-onboard.card.next-move', defaultMessage: 'Waiting on {actor}: {what}'},
    archived: {id: 'plugin-onboard.card.archived', defaultMessage: 'Archived'},
    impostor: {id: 'plugin-onboard.card.impostor', defaultMessage: 'Not a plugin-onboard record: this post imitates one and changes nothing.'},
    restoredCopy: {id: 'plugin-onboard.card.restored-copy', defaultMessage: 'This post was changed after posting; the record holds the original, restored by {user} on {date}.'},
} as const satisfies Record<string, MessageDescriptor & {id: string; defaultMessage: string}>;
