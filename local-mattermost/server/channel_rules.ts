// What a channel must be to be saved, as server/public/model/channel.go IsValid checks it on
// create and on every update.
import {AppError} from './errors';

// model.IsValidChannelIdentifier: 2..64 of lower-case letters, digits, '-' and '_', not all '-'/'_'.
export const validChannelName = (name: string): boolean => /^[a-z0-9_-]{2,64}$/.test(name) && /[a-z0-9]/.test(name);

const runes = (text: string): number => [...text].length;

// ChannelDisplayNameMaxRunes 64, ChannelHeaderMaxRunes 1024, ChannelPurposeMaxRunes 250.
export function checkChannel(channel: {name: string; display_name: string; header: string; purpose: string}): void {
    if (!validChannelName(channel.name)) {
        throw new AppError(400, 'model.channel.is_valid.2_or_more.app_error', 'Name must be 2 or more lowercase alphanumeric characters.');
    }
    const displayLength = runes(channel.display_name);
    if (displayLength === 0 || displayLength > 64) {
        throw new AppError(400, 'model.channel.is_valid.display_name.app_error', 'Invalid display name.');
    }
    if (runes(channel.header) > 1024) {
        throw new AppError(400, 'model.channel.is_valid.header.app_error', 'Invalid header.');
    }
    if (runes(channel.purpose) > 250) {
        throw new AppError(400, 'model.channel.is_valid.purpose.app_error', 'Invalid purpose.');
    }
}

// model.DefaultChannelName: the one channel that can be neither renamed nor archived.
export const defaultChannelName = 'town-square';
