// The panel's integrity views, a chunk of their own: a tracker nobody tampered with, and a user whose
// changes the log kept, never download them (integrity_notices.tsx decides when they are needed).
import {messagesOf} from '../../i18n/catalogue';
import {integrityMessages} from '../../i18n/messages_integrity';
import {rhsPageMessages} from '../../i18n/messages_rhs_page';

export {IntegrityBanner, ResolvedMarks} from './integrity_banner';
export {LateRefusals} from './late_refusals';
export {PluginIntegrity} from './plugin_integrity';

export const messages = messagesOf(integrityMessages, rhsPageMessages);
