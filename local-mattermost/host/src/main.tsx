// Entry of the local Mattermost's host page: globals first (plugin bundles need them at load time),
// then the store, the theme, and the app.
import React from 'react';
import {createRoot} from 'react-dom/client';
import {Provider} from 'react-redux';

import App from './components/app';
import {installPluginGlobals} from './globals';
import {installPluginRenderTime} from './plugin_render_time';
import {installHostReport} from './host_report';
import {installRegisterPlugin, unloadPlugin} from './plugins/loader';
import {setupClient} from './session';
import {createHostStore, type HostStore} from './store/configure';
import {applyThemeCss, storedThemeName, themeByName} from './theme';

declare global {
    interface Window {
        // For tests and debugging: the live store and a way to unload a plugin (runs uninitialize).
        __host: {store: HostStore; unloadPlugin: (pluginId: string) => void};
    }
}

installHostReport();
installPluginRenderTime();
installPluginGlobals();
installRegisterPlugin();
setupClient();

const store = createHostStore();
window.__host = {store, unloadPlugin: (pluginId) => unloadPlugin(pluginId, store)};

const themeName = storedThemeName();
applyThemeCss(themeByName(themeName), themeName);

const container = document.getElementById('root');
if (container) {
    createRoot(container).render(
        <Provider store={store}>
            <App store={store}/>
        </Provider>,
    );
}
