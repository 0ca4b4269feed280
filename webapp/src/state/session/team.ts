// One team's tracker as the session holds it, and the registry of them. Every change a module makes
// to a team reaches Redux through publish, which sends a new view only when something in it changed,
// so components re-render only for real changes.
import type {Directory} from '../../domain/log';
import type {UserSummary} from '../../storage/port';
import {trackerViewSet, type TrackerViewSet} from '../actions';
import {TeamLog} from '../team_log';
import type {PendingEvent, TrackerPlace, TrackerStatus, TrackerView, UserError} from '../types';

export interface Team {
    readonly id: string;
    readonly log: TeamLog;
    channelId: string | null;
    /** Replaced, never changed in place: publish compares it by identity. */
    place: TrackerPlace | null;
    status: TrackerStatus;
    error: UserError | null;
    pending: PendingEvent[];
    /** Syncs for this team run one after another, so entries are merged in the order they were read. */
    queue: Promise<void>;
    opening: Promise<TrackerView> | null;
    view: TrackerView | null;
}

export interface TeamRegistry {
    /** The team's record, made on first use. */
    team(teamId: string): Team;
    teams(): Team[];
    publish(t: Team): TrackerView;
    /** Runs the task after every task queued for this team before it; its failure does not stop later ones. */
    enqueue<T>(t: Team, task: () => Promise<T>): Promise<T>;
    /** Folds every loaded log again, for when who counts as an admin has changed. */
    refoldLoaded(directory: Directory): void;
}

export function createTeamRegistry(
    store: {dispatch(action: TrackerViewSet): unknown},
    users: () => Readonly<Record<string, UserSummary>>,
): TeamRegistry {
    const teams = new Map<string, Team>();

    function team(teamId: string): Team {
        let found = teams.get(teamId);
        if (!found) {
            found = {id: teamId, log: new TeamLog(), channelId: null, place: null, status: 'idle', error: null, pending: [], queue: Promise.resolve(), opening: null, view: null};
            teams.set(teamId, found);
        }
        return found;
    }

    function publish(t: Team): TrackerView {
        const previous = t.view;
        const known = users();
        if (previous && previous.status === t.status && previous.channelId === t.channelId && previous.place === t.place && previous.state === t.log.state &&
            previous.error === t.error && previous.pending === t.pending && previous.users === known) {
            return previous;
        }
        const view: TrackerView = {status: t.status, channelId: t.channelId, place: t.place, state: t.log.state, error: t.error, pending: t.pending, users: known};
        t.view = view;
        store.dispatch(trackerViewSet(t.id, view));
        return view;
    }

    function enqueue<T>(t: Team, task: () => Promise<T>): Promise<T> {
        const run = t.queue.then(task);
        t.queue = run.then(() => undefined, () => undefined);
        return run;
    }

    function refoldLoaded(directory: Directory): void {
        for (const t of teams.values()) {
            if (t.log.loaded) {
                t.log.refold(directory);
                publish(t);
            }
        }
    }

    return {team, teams: () => [...teams.values()], publish, enqueue, refoldLoaded};
}
