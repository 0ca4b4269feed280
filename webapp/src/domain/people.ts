// How a user relates to a plugin. "Owners" are the listed owners; a plugin registered with no
// owners is owned by whoever registered it, so it always has someone whose move the author's work is.
import type {PluginState} from './tracker_state';

/** The listed owners, or the registering user when none are listed. */
export function ownersOf(plugin: PluginState): readonly string[] {
    return plugin.owners.length > 0 ? plugin.owners : [plugin.registered.by];
}

export function isOwner(plugin: PluginState, userId: string): boolean {
    return ownersOf(plugin).includes(userId);
}

/** Owners and the registering user: may record evidence, set releases, archive. */
export function isOwnerOrRegistrant(plugin: PluginState, userId: string): boolean {
    return plugin.registered.by === userId || plugin.owners.includes(userId);
}
