// The registration form, a chunk of its own fetched when someone opens it from the list: its labels
// are the plugin page's strings, which come with it.
import {messagesOf} from '../../i18n/catalogue';
import {rhsPageMessages} from '../../i18n/messages_rhs_page';

export {AddPluginForm} from './add_plugin_form';

export const messages = messagesOf(rhsPageMessages);
