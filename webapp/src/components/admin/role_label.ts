import type {IntlShape} from 'react-intl';

import type {RoleKey} from '../../domain/process_types';
import {adminMessages as m} from '../../i18n/messages_admin';

const ROLE_MESSAGES = {
    'core-committer': m.role_core_committer,
    qa: m.role_qa,
    pm: m.role_pm,
    integrations: m.role_integrations,
} as const satisfies Record<RoleKey, {id: string; defaultMessage: string}>;

export function roleLabel(intl: IntlShape, role: RoleKey): string {
    return intl.formatMessage(ROLE_MESSAGES[role]);
}
