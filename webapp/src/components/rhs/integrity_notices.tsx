// Where the panel shows what went wrong with the record: lost or rewritten posts (marks), changes the
// log refused after all (late refusals), losses accepted. Each is rare, so each is drawn by the
// integrity chunk, fetched only once the folded state has something to show; a cheap look at that
// state, here, decides. Once fetched, a part stays mounted: after a restore it says what was done.
import React, {useState} from 'react';

import {lateRefusals, sessionStart} from '../../state/late_refusals';
import type {TrackerView} from '../../state/types';
import {lazyComponent, type LoadedPart} from '../shared/lazy_component';
import {useAuthor} from '../shared/use_tracker';

import type * as IntegrityChunk from './integrity_chunk';

type Chunk = typeof IntegrityChunk;

function part<P extends object>(pick: (chunk: Chunk) => React.ComponentType<P>, name: string): React.ComponentType<P> {
    const load = (): Promise<LoadedPart<P>> => import(/* webpackChunkName: "rhs-integrity" */ './integrity_chunk')
        .then((chunk) => ({Component: pick(chunk), messages: chunk.messages}));
    return lazyComponent(load, name, {quiet: true});
}

interface TrackerProps {
    teamId: string;
    view: TrackerView;
}

interface PluginProps extends TrackerProps {
    pluginId: string;
}

const LateRefusals = part<TrackerProps & {pluginId?: string | null}>((chunk) => chunk.LateRefusals, 'LateRefusals');
const IntegrityBanner = part<TrackerProps>((chunk) => chunk.IntegrityBanner, 'IntegrityBanner');
const ResolvedMarks = part<{view: TrackerView}>((chunk) => chunk.ResolvedMarks, 'ResolvedMarks');
const PluginIntegrity = part<PluginProps>((chunk) => chunk.PluginIntegrity, 'PluginIntegrity');

/** True from the first render where `now` is true: a part that has had something to say keeps its place. */
function useOnceTrue(now: boolean): boolean {
    const [seen, setSeen] = useState(now);
    if (now && !seen) {
        setSeen(true);
    }
    return seen || now;
}

function useHasLateRefusals(teamId: string, view: TrackerView): boolean {
    const author = useAuthor();
    // The session's start is fixed by the first loaded state shown, whether or not anything is refused yet.
    return lateRefusals(view.state, author.userId, sessionStart(teamId, view.state)).length > 0;
}

function hasMarks(view: TrackerView): boolean {
    return view.state.integrity.marks.length > 0 || view.state.integrity.onHold > 0;
}

/** Above the list: my refused changes, then the tracker's open marks. */
export function TrackerIntegrityNotices({teamId, view}: TrackerProps): React.JSX.Element {
    const refusals = useOnceTrue(useHasLateRefusals(teamId, view));
    const marks = useOnceTrue(hasMarks(view));
    return (
        <>
            {refusals && <LateRefusals teamId={teamId} view={view}/>}
            {marks && <IntegrityBanner teamId={teamId} view={view}/>}
        </>
    );
}

/** Below the list: losses a system admin accepted. */
export function ResolvedMarksNotice({view}: {view: TrackerView}): React.JSX.Element | null {
    const shown = useOnceTrue(view.state.integrity.marks.some((mark) => mark.accepted !== null));
    return shown ? <ResolvedMarks view={view}/> : null;
}

/** On a plugin's page: its marks and what of it waits, then my refused changes to it. */
export function PluginIntegrityNotices({teamId, view, pluginId}: PluginProps): React.JSX.Element {
    const refusals = useOnceTrue(useHasLateRefusals(teamId, view));
    const marks = useOnceTrue(hasMarks(view));
    return (
        <>
            {marks && <PluginIntegrity teamId={teamId} view={view} pluginId={pluginId}/>}
            {refusals && <LateRefusals teamId={teamId} view={view} pluginId={pluginId}/>}
        </>
    );
}

/** On the page of a plugin the tracker does not hold: the tracker's marks may say why (a deleted registration). */
export function MissingPluginNotices({teamId, view}: TrackerProps): React.JSX.Element | null {
    const marks = useOnceTrue(hasMarks(view));
    return marks ? <IntegrityBanner teamId={teamId} view={view}/> : null;
}
