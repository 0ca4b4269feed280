// The few rules the System Console page needs beyond the shared sheet (chips, suggestion list,
// sections), from the host's theme variables only. Injected once, like the shared sheet.
import {useInjectedStyle} from '../shared/styles';

import ADMIN_CSS from './admin.css';

export const ADMIN_STYLE_ELEMENT_ID = 'plugin-onboard-admin-styles';

export function useAdminStyles(): void {
    useInjectedStyle(ADMIN_STYLE_ELEMENT_ID, ADMIN_CSS);
}
