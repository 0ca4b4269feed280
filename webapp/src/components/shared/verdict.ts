// How a verdict looks wherever a post's fate is shown (history lines, cards): an icon, a tone and a
// label. Only an applied event gets the green check; what waits is amber, what was refused red.
import type {MessageDescriptor} from 'react-intl';

import type {Rejection} from '../../domain/tracker_state';
import {integrityMessages as m} from '../../i18n/messages_integrity';
import {rhsMessages} from '../../i18n/messages_rhs';

export interface VerdictLook {
    /** Compass icon classes, tone included. */
    readonly icon: string;
    readonly label: MessageDescriptor;
    /**
     * Whether the label says something the reason does not: the reason of a refusal for tampering,
     * editing or placement explains it; an on-hold reason starts by saying so itself.
     */
    readonly chip: boolean;
}

export function verdictLook(rejection: Rejection | null): VerdictLook {
    switch (rejection?.code) {
    case undefined:
        return {icon: 'icon icon-check-circle po-ok', label: rhsMessages.accepted, chip: false};
    case 'on-hold':
        return {icon: 'icon icon-clock-outline po-warn', label: m.verdictOnHold, chip: false};
    case 'tampered':
        return {icon: 'icon icon-alert-outline po-bad', label: m.verdictTampered, chip: true};
    case 'edited':
        return {icon: 'icon icon-pencil-outline po-bad', label: m.verdictEdited, chip: true};
    case 'misplaced':
        return {icon: 'icon icon-close-circle po-bad', label: m.verdictMisplaced, chip: true};
    default:
        return {icon: 'icon icon-close-circle po-bad', label: m.verdictRejected, chip: false};
    }
}
