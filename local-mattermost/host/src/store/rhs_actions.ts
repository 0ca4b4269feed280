// The RHS actions registerRightHandSidebarComponent hands to plugins. As in the webapp
// (actions/views/rhs), show is a plain action while hide and toggle are thunks that look at the
// current RHS first, so a plugin must dispatch them on the store rather than inspect them.
import {HostActionTypes, RHS_STATE_PLUGIN} from './action_types';
import type {HostDispatch, HostState} from './configure';
import type {RhsAction} from './host_reducers';

export function showRHSPlugin(pluggableId: string): RhsAction {
    return {type: HostActionTypes.UPDATE_RHS_STATE, state: RHS_STATE_PLUGIN, pluggableId};
}

export function closeRightHandSide(): RhsAction {
    return {type: HostActionTypes.UPDATE_RHS_STATE, state: null};
}

export function hideRHSPlugin(pluggableId: string) {
    return (dispatch: HostDispatch, getState: () => HostState) => {
        if (getState().views.rhs.pluggableId === pluggableId) {
            dispatch(closeRightHandSide());
        }
        return {data: true};
    };
}

export function toggleRHSPlugin(pluggableId: string) {
    return (dispatch: HostDispatch, getState: () => HostState) => {
        if (getState().views.rhs.pluggableId === pluggableId) {
            dispatch(closeRightHandSide());
            return {data: false};
        }
        dispatch(showRHSPlugin(pluggableId));
        return {data: true};
    };
}
