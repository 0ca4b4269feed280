// Appending one event for a command, and explaining a refusal. Whether to write at all, re-send an
// earlier attempt or answer that the change is in effect is the domain's rule (domain/idempotency.ts),
// the same one the panel asks.
import {missingForGate} from '../domain';
import type {EventDraft, OnboardEvent} from '../domain/events';
import {decideWrite, type AlreadyDone} from '../domain/idempotency';
import {itemDef, stageDef} from '../domain/process';
import type {RoleKey} from '../domain/process_types';
import {otherSlot, slotsFor} from '../domain/slots';
import type {PluginState, PolicyState, Rejection, TrackerState} from '../domain/tracker_state';

import {failure, type CommandContext, type CommandOutcome, type CommandTrackerView, type SubmitResult} from './context';
import {escapeMarkdown} from './markdown';
import {ROLES_WHERE, roleHolders, type NameOf} from './people';
import {TRIGGER} from './trigger';
import {pathLines} from './views';
import {words as w} from './words';

export type RecordResult =
    | {ok: true; event: OnboardEvent; retried: boolean}
    | {ok: false; outcome: CommandOutcome}
    /** In effect already: nothing was written. */
    | {ok: false; already: AlreadyDone};

export async function recordEvent(
    ctx: CommandContext,
    view: CommandTrackerView,
    draft: EventDraft,
    explain: (rejection: Rejection) => string,
): Promise<RecordResult> {
    const decision = decideWrite(view.state, view.pending, draft, ctx.userId);
    if (decision.kind === 'already') {
        return {ok: false, already: decision.done};
    }
    if (decision.kind === 'in-flight') {
        return {ok: false, outcome: failure(w.stillSending)};
    }
    let result: SubmitResult;
    try {
        result = decision.kind === 'write' ? await ctx.session.submit(ctx.teamId, draft) : await ctx.session.retry(ctx.teamId, decision.eventId);
    } catch (error) {
        return {ok: false, outcome: failure(notRecorded(error instanceof Error ? escapeMarkdown(error.message) : w.requestFailed, true))};
    }
    if (result.ok) {
        return {ok: true, event: result.event, retried: decision.kind === 'retry'};
    }
    if (result.rejection !== undefined) {
        return {ok: false, outcome: failure(w.notRecordedBecause(explain(result.rejection)))};
    }
    return {ok: false, outcome: failure(notRecorded(result.error.message, result.error.retryable))};
}

function notRecorded(message: string, retryable: boolean): string {
    return w.nothingRecorded(message.trim() === '' ? w.couldNotSend : message.trim(), retryable);
}

/** Which roles could have done this, to name who holds them. */
function rolesFor(draft: EventDraft): RoleKey[] {
    switch (draft.type) {
    case 'signoff.given':
    case 'signoff.withdrawn':
        return itemDef(draft.item).slots.filter((slot) => slot.key === draft.slot).map((slot) => slot.role);
    case 'substep.checked':
    case 'substep.unchecked': {
        const def = itemDef(draft.item);
        const substep = def.substeps.find((entry) => entry.key === draft.substep);
        if (substep !== undefined && substep.checkedBy !== 'author') {
            return [substep.checkedBy];
        }
        return [...new Set(def.slots.map((slot) => slot.role))];
    }
    case 'evidence.set':
        return [...new Set(itemDef(draft.item).slots.map((slot) => slot.role))];
    case 'stage.deployed':
        return [stageDef(draft.stage).deployedBy];
    default:
        return [];
    }
}

export function explainRejection(
    rejection: Rejection,
    draft: EventDraft,
    context: {policy: PolicyState; plugin: PluginState | null; state: TrackerState; name: NameOf},
): string {
    const path = rejection.code === 'gate' && context.plugin !== null ? pathLines(context.state, context.plugin, context.name) : [];
    const ahead = path.length > 0 ? [w.pathAhead, ...path] : [];
    if (rejection.code === 'gate' && draft.type === 'stage.deployed' && context.plugin !== null) {
        const missing = missingForGate(context.state, context.plugin, draft.stage);
        if (missing.length > 0) {
            return [w.cannotDeployYet(context.plugin.id, draft.stage), ...missing.map((entry) => `- ${entry.message}`), ...ahead].join('\n');
        }
    }
    // A list of what is missing is a Markdown list under a short first line, not one run-on sentence.
    const lines = [...(rejection.list === undefined ? [rejection.message] : [rejection.list.lead, ...rejection.list.items.map((item) => `- ${item}`)]), ...ahead];
    switch (rejection.code) {
    case 'not-permitted': {
        if (draft.type === 'waived' || draft.type === 'policy.set') {
            lines.push(w.askSystemAdmin);
            break;
        }
        const roles = rolesFor(draft);
        if (!context.policy.configured) {
            lines.push(w.onlyAdminsUntilRoles(ROLES_WHERE));
        } else if (roles.length > 0) {
            lines.push(w.whoHoldsRole(roles.map((role) => roleHolders(context.policy, role, context.name))));
        }
        break;
    }
    case 'invalid':
        // "already given": a second core committer most likely meant the other slot.
        if (draft.type === 'signoff.given' && context.plugin !== null) {
            const other = otherSlot(draft.item, draft.slot);
            if (other !== null && context.plugin.items[draft.item].signOffs[other] === undefined) {
                lines.push(w.signOtherSlot(`${TRIGGER} signoff ${context.plugin.id} ${draft.item}${other === slotsFor(draft.item).second ? ' --security' : ''}`));
            }
        }
        break;
    case 'plugin-exists':
        if (draft.type === 'plugin.registered') {
            lines.push(w.seeStatus(draft.plugin));
        }
        break;
    case 'unknown-plugin':
        lines.push(w.seeListOrAdd);
        break;
    default:
        break;
    }
    return lines.join('\n');
}
