// How a user relates to a plugin. "Owners" are the listed owners; a plugin registered with no
// owners is owned by whoever registered it, so it always has someone whose move the author's work is.
import type {PluginState} from './tracker_state';

export function isOwner(plugin: PluginState, userId: string): boolean {
    return plugin.owners.length > 0 ? plugin.owners.includes(userId) : plugin.registered.by === userId;
}

/** Owners and the registering user: may record evidence, set releases, archive. */
export function isOwnerOrRegistrant(plugin: PluginState, userId: string): boolean {
    return plugin.registered.by === userId || plugin.owners.includes(userId);
}
