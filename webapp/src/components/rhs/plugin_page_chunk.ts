// One plugin's page, a chunk of its own: opening the panel shows the list, and most opens stop there.
// The page names verdicts with the integrity words (history) and shows the GitHub checks, so their
// strings come with it, and so do those of its hand-off button and role-holder marks.
import {messagesOf} from '../../i18n/catalogue';
import {githubMessages} from '../../i18n/messages_github';
import {handoffMessages} from '../../i18n/messages_handoff';
import {integrityMessages} from '../../i18n/messages_integrity';

export {PluginPage} from './plugin_page';

export const messages = messagesOf(integrityMessages, githubMessages, handoffMessages);
