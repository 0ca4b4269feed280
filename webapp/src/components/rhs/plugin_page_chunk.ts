// One plugin's page, a chunk of its own: opening the panel shows the list, and most opens stop there.
// Its own strings (i18n/messages_rhs_page.ts) come with it, and so do the integrity words (history
// names verdicts with them), the GitHub checks', and those of its hand-off button and role marks.
import {messagesOf} from '../../i18n/catalogue';
import {githubMessages} from '../../i18n/messages_github';
import {handoffMessages} from '../../i18n/messages_handoff';
import {integrityMessages} from '../../i18n/messages_integrity';
import {rhsPageMessages} from '../../i18n/messages_rhs_page';

export {PluginPage} from './plugin_page';

export const messages = messagesOf(rhsPageMessages, integrityMessages, githubMessages, handoffMessages);
