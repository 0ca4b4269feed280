// `/plugin-onboard mine`: what waits on you across plugins, longest waiting first, each with how
// long it has waited and the one command that moves it on.
import {itemName} from '../domain/gates';
import {itemDef} from '../domain/process';
import type {Move, TrackerState} from '../domain/tracker_state';
import {waitingOn} from '../domain/turns';

import {code, escapeMarkdown} from './markdown';
import {duration, utcDate} from './time';
import {TRIGGER} from './trigger';
import {REPLY_BUDGET} from './views';
import {viewWords} from './words';

/** The command that makes the move, with a placeholder where only the user knows the value. */
export function unblockingCommand(move: Move): string {
    const plugin = move.pluginId;
    switch (move.kind) {
    case 'deploy':
        return `${TRIGGER} deploy ${plugin} ${move.stage}`;
    case 'release':
        return `${TRIGGER} release ${plugin} <version> <release-url>`;
    case 'signoff':
        return `${TRIGGER} signoff ${plugin} ${move.item ?? ''}${move.slot === 'security' ? ' --security' : ''}`;
    case 'substep':
        return `${TRIGGER} check ${plugin} ${move.item ?? ''}.${move.ref ?? ''}`;
    case 'evidence':
    case 'licence':
        return `${TRIGGER} evidence ${plugin} ${move.item ?? ''} ${move.ref ?? ''} <value>`;
    }
}

function moveLine(state: TrackerState, move: Move, now: number): string {
    const plugin = state.plugins[move.pluginId];
    const name = plugin ? `**${escapeMarkdown(plugin.name)}**` : code(move.pluginId);
    const step = move.item === null ? '' : `${escapeMarkdown(itemName(itemDef(move.item)))}: `;
    return viewWords.waitingLine(name, step, escapeMarkdown(move.what), duration(move.since, now), utcDate(move.since), unblockingCommand(move));
}

export function mineReply(state: TrackerState, userId: string, isSystemAdmin: boolean, now: number): string {
    const waiting = waitingOn(state, userId, isSystemAdmin);
    if (waiting.length === 0) {
        return viewWords.nothingWaits;
    }
    const lines = [viewWords.waitingHead(waiting.length)];
    let size = lines[0]?.length ?? 0;
    for (const [index, move] of waiting.entries()) {
        const line = moveLine(state, move, now);
        if (size + line.length + 1 > REPLY_BUDGET) {
            lines.push(viewWords.waitingMore(waiting.length - index));
            break;
        }
        lines.push(line);
        size += line.length + 1;
    }
    return lines.join('\n');
}
