// Renaming, archiving and restoring channels, as server/channels/api4/channel.go patchChannel,
// deleteChannel and restoreChannel and app/channel.go PatchChannel, UpdateChannel, DeleteChannel
// and RestoreChannel do it.
import type {ServerChannel} from '@mattermost/types/channels';

import type {LocalApp} from './app';
import {checkChannel, defaultChannelName} from './channel_rules';
import {channelView} from './channel_view';
import {AppError, permissionError} from './errors';
import {hasChannelPermission, hasSystemPermission, hasTeamPermission} from './permissions';
import type {Posts} from './posts';
import type {ChannelRecord, UserRecord} from './records';
import {channelDeletedEvent, channelRestoredEvent, channelUpdatedEvent} from './ws_events';

export interface ChannelPatch {
    name?: string | undefined;
    display_name?: string | undefined;
    header?: string | undefined;
    purpose?: string | undefined;
}

export class ChannelChanges {
    constructor(private readonly app: LocalApp, private readonly posts: Posts) {}

    // patchChannel: channel members may change a channel's properties, URL name included
    // (manage_public/private_channel_properties are channel_user permissions in role.go; team
    // admins do not hold them, system admins do).
    patch(user: UserRecord, channelId: string, patch: ChannelPatch): ServerChannel {
        const app = this.app;
        const old = app.requireChannel(channelId);
        if (patch.name === undefined && patch.display_name === undefined && patch.header === undefined && patch.purpose === undefined) {
            throw new AppError(400, 'api.channel.patch_update_channel.no_changes.app_error', 'No changes to the channel were requested.');
        }
        const permission = old.type === 'O' ? 'manage_public_channel_properties' : 'manage_private_channel_properties';
        if (!hasChannelPermission(app, user.id, old, permission)) {
            throw permissionError(permission);
        }
        if (old.name === defaultChannelName && patch.name !== undefined && patch.name !== old.name) {
            throw new AppError(400, 'api.channel.update_channel.tried.app_error', `Tried to perform an invalid update of the default channel ${defaultChannelName}.`);
        }
        const next: ChannelRecord = {
            ...old,
            name: patch.name ?? old.name,
            display_name: patch.display_name ?? old.display_name,
            header: patch.header ?? old.header,
            purpose: patch.purpose ?? old.purpose,
        };
        // SqlChannelStore.updateChannelT refuses archived channels and names already taken in the
        // team; UpdateChannel reports both as app.channel.update.bad_id.
        if (old.delete_at !== 0 || app.store.all('channels').some((c) => c.id !== old.id && c.team_id === old.team_id && c.name === next.name)) {
            throw new AppError(400, 'app.channel.update.bad_id', 'Unable to update the channel.');
        }
        checkChannel(next);
        const updated: ChannelRecord = {...next, update_at: app.now()};
        app.store.put('channels', updated.id, updated);
        const view = channelView(app, updated);
        app.publish(channelUpdatedEvent(updated, view));
        this.announceChanges(user, old, updated);
        return channelView(app, app.requireChannel(updated.id));
    }

    // PatchChannel posts one system message per changed display name, header and purpose.
    private announceChanges(user: UserRecord, old: ChannelRecord, updated: ChannelRecord): void {
        const who = user.username;
        if (old.display_name !== updated.display_name) {
            this.posts.system(updated.id, user, 'system_displayname_change',
                `${who} updated the channel display name from: ${old.display_name} to: ${updated.display_name}`,
                {username: who, old_displayname: old.display_name, new_displayname: updated.display_name});
        }
        if (old.header !== updated.header) {
            this.posts.system(updated.id, user, 'system_header_change', changeMessage(who, 'header', old.header, updated.header),
                {username: who, old_header: old.header, new_header: updated.header});
        }
        if (old.purpose !== updated.purpose) {
            this.posts.system(updated.id, user, 'system_purpose_change', changeMessage(who, 'purpose', old.purpose, updated.purpose),
                {username: who, old_purpose: old.purpose, new_purpose: updated.purpose});
        }
    }

    // deleteChannel: channel members may archive a channel (delete_public/private_channel are
    // channel_user permissions). DeleteChannel stamps DeleteAt (and UpdateAt), then posts the
    // archive message into the now archived channel, then tells the team (public) or the members
    // (private).
    archive(user: UserRecord, channelId: string): void {
        const app = this.app;
        const channel = app.requireChannel(channelId);
        const permission = channel.type === 'O' ? 'delete_public_channel' : 'delete_private_channel';
        if (!hasChannelPermission(app, user.id, channel, permission)) {
            throw permissionError(permission);
        }
        if (channel.delete_at > 0) {
            throw new AppError(400, 'api.channel.delete_channel.deleted.app_error', 'The channel has been archived or deleted.');
        }
        if (channel.name === defaultChannelName) {
            throw new AppError(400, 'api.channel.delete_channel.cannot.app_error', `Unable to delete the default channel ${defaultChannelName}.`);
        }
        const now = app.now();
        const archived: ChannelRecord = {...channel, delete_at: now, update_at: now};
        app.store.put('channels', archived.id, archived);
        this.posts.system(archived.id, user, 'system_channel_deleted', `${user.username} archived the channel`, {username: user.username});
        app.publish(channelDeletedEvent(archived));
    }

    // restoreChannel: manage_team on the channel's team (team admins) or the System Console's
    // channel management (system admins).
    restore(user: UserRecord, channelId: string): ServerChannel {
        const app = this.app;
        const channel = app.requireChannel(channelId);
        if (!hasTeamPermission(app, user.id, channel.team_id, 'manage_team') && !hasSystemPermission(app, user.id, 'manage_system')) {
            throw permissionError('manage_team');
        }
        if (channel.delete_at === 0) {
            throw new AppError(400, 'api.channel.restore_channel.restored.app_error', 'Unable to unarchive channel. The channel is not archived.');
        }
        const restored: ChannelRecord = {...channel, delete_at: 0, update_at: app.now()};
        app.store.put('channels', restored.id, restored);
        app.publish(channelRestoredEvent(restored));
        this.posts.system(restored.id, user, 'system_channel_restored', `${user.username} unarchived the channel.`, {username: user.username});
        return channelView(app, app.requireChannel(restored.id));
    }
}

function changeMessage(who: string, what: 'header' | 'purpose', before: string, after: string): string {
    if (before === '') {
        return `${who} updated the channel ${what} to: ${after}`;
    }
    if (after === '') {
        return `${who} removed the channel ${what} (was: ${before})`;
    }
    return `${who} updated the channel ${what} from: ${before} to: ${after}`;
}
