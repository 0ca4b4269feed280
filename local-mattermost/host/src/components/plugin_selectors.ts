// Which plugin buttons show where, as the webapp decides it (selectors/plugins): with the App Bar
// on, a plugin that registered an App Bar item loses its channel-header button.
import type {HostState} from '../store/configure';
import type {ChannelHeaderButton} from '../store/plugin_types';

export function channelHeaderButtons(state: HostState, appBarEnabled: boolean): ChannelHeaderButton[] {
    const {ChannelHeaderButton: buttons, AppBar: appBar} = state.plugins.components;
    if (!appBarEnabled) {
        return buttons;
    }
    const withAppBar = new Set(appBar.map((item) => item.pluginId));
    return buttons.filter((b) => !withAppBar.has(b.pluginId));
}
