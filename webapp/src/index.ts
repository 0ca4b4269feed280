// The entry of main.js: hands the plugin to the webapp.
import manifest from '../../plugin.json';

import {Plugin} from './plugin';

declare global {
    interface Window {
        registerPlugin(pluginId: string, plugin: Plugin): void;
        /** The webapp's subpath when the server is not at the root of its host. */
        basename?: string;
    }
}

window.registerPlugin(manifest.id, new Plugin(manifest.id, {
    rhs: () => import(/* webpackChunkName: "rhs" */ './lazy/rhs_entry'),
    cards: () => import(/* webpackChunkName: "cards" */ './lazy/cards_entry'),
    admin: () => import(/* webpackChunkName: "admin" */ './lazy/admin_entry'),
    command: () => import(/* webpackChunkName: "command" */ './lazy/command_entry'),
}));
