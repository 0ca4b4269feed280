// Start-up wiring, and nothing else: this module is in main.js, which every user of the server
// downloads on every page load. Each registration's undo is kept and run by uninitialize().
// Everything that does real work is in the app chunk, loaded on first use (lazy/load_app.ts).
import type {GlobalState} from '@mattermost/types/store';
import React from 'react';
import {FormattedMessage} from 'react-intl';

import {matchTrigger} from './command/trigger';
import {mainMessages} from './i18n/messages_main';
import type {ChunkImports, CommandChunk} from './lazy/app_types';
import {lazyComponent} from './components/shared/lazy_component';
import {createAppLoader, type AppLoader} from './lazy/load_app';
import {getSiteUrl} from './host/host_state';
import {WaitingBadge} from './components/shared/waiting_badge';
import type {HostStore, PluginRegistry, RhsRegistration, SlashCommandHook} from './host/registry';
import {reducer} from './state/reducer';

/** The domain's POST_TYPE (domain/events.ts), written out: importing it would pull zod into main.js. plugin.test ties the two. */
export const POST_TYPE = 'custom_plugin_onboard';
export const POLICY_SETTING_KEY = 'TrackerPolicy';
/**
 * Posts of the log, then the tracker channel's rename, archive and unarchive (storage/channels.ts
 * CHANNEL_EVENTS, written out here to keep zod out of main.js; plugin.test ties the two).
 */
export const LIVE_EVENTS = ['posted', 'post_edited', 'post_deleted', 'channel_updated', 'channel_deleted', 'channel_restored'] as const;


export class Plugin {
    private undo: Array<() => void> = [];

    constructor(private readonly pluginId: string, private readonly chunks: ChunkImports) {}

    initialize(registry: PluginRegistry, store: HostStore<GlobalState>): void {
        const siteUrl = getSiteUrl(store.getState(), window.location, window.basename);
        // Chunks are served from the bundle's public/ directory (<site>/plugins/<id>/public/…), not
        // from where main.js came from; their file names already start with public/.
        __webpack_public_path__ = `${siteUrl}/plugins/${this.pluginId}/`;

        registry.registerReducer(reducer);

        let rhs: RhsRegistration | null = null;
        const loader: AppLoader = createAppLoader(() => {
            if (!rhs) {
                throw new Error('the panel is not registered');
            }
            return {pluginId: this.pluginId, registry, store, rhs, siteUrl};
        }, this.chunks);

        const title = React.createElement(FormattedMessage, mainMessages.title);
        // The RHS header and the channel-header button show how many moves wait on the user, once read.
        const titleWithCount = React.createElement('span', null, title, React.createElement(WaitingBadge));
        const Rhs = lazyComponent(() => loader.rhs.load().then((chunk) => ({Component: chunk.RhsView})), 'RhsView');
        rhs = registry.registerRightHandSidebarComponent(Rhs, titleWithCount);
        const rhsId = rhs.id;
        this.undo.push(() => registry.unregisterComponent(rhsId));
        const toggleRhs = () => store.dispatch(rhs?.toggleRHSPlugin);

        if (typeof registry.registerAppBarComponent === 'function') {
            const appBarId = registry.registerAppBarComponent(`${siteUrl}/plugins/${this.pluginId}/public/app-bar-icon.svg`, toggleRhs, React.createElement(FormattedMessage, mainMessages.tooltip));
            this.undo.push(() => registry.unregisterComponent(appBarId));
        }

        // The webapp hides this button while the App Bar is on; it is the way in where it is off.
        const headerId = registry.registerChannelHeaderButtonAction(
            // registry.ts registerChannelHeaderButtonAction takes any React element as the icon.
            React.createElement('span', null, React.createElement('i', {className: 'icon icon-clipboard-check-outline', 'aria-hidden': true}), React.createElement(WaitingBadge)),
            toggleRhs,
            title,
            React.createElement(FormattedMessage, mainMessages.tooltip),
        );
        this.undo.push(() => registry.unregisterComponent(headerId));

        const PostCard = lazyComponent<{post: unknown}>(() => loader.cards.load().then((chunk) => ({Component: chunk.PostCard})), 'PostCard');
        const postTypeId = registry.registerPostTypeComponent(POST_TYPE, PostCard);
        this.undo.push(() => registry.unregisterPostTypeComponent(postTypeId));

        const hookId = registry.registerSlashCommandWillBePostedHook(slashCommandHook(loader));
        this.undo.push(() => registry.unregisterComponent(hookId));

        for (const event of LIVE_EVENTS) {
            // Before first use nothing is loaded, so there is nothing to update: the first open reads the channel.
            registry.registerWebSocketEventHandler(event, (message) => loader.live()?.handleWebSocketEvent(message));
            this.undo.push(() => registry.unregisterWebSocketEventHandler(event));
        }
        registry.registerReconnectHandler(() => loader.live()?.handleReconnect());
        this.undo.push(() => registry.unregisterReconnectHandler());

        const PolicySetting = lazyComponent<never>(() => loader.admin.load().then((admin) => ({Component: admin.PolicySetting})), 'PolicySetting');
        registry.registerAdminConsoleCustomSetting(POLICY_SETTING_KEY, PolicySetting, {showTitle: true});
    }

    uninitialize(): void {
        for (const undo of this.undo.reverse()) {
            undo();
        }
        this.undo = [];
    }
}

/** Only `/plugin-onboard` is ours; every other message and command passes through untouched. */
export function slashCommandHook(loader: AppLoader): SlashCommandHook {
    return async (message, args) => {
        if (!matchTrigger(message)) {
            return {message, args};
        }
        let command: CommandChunk;
        try {
            command = await loader.command.load();
        } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            return {error: {message: mainMessages.commandLoadFailed.defaultMessage.replace('{error}', reason)}};
        }
        return command.handleSlashCommand(message, args);
    };
}
