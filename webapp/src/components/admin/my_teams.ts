// The teams the admin can set policy for: the ones they belong to (the tracker channel is read and
// written as the admin, so membership is needed). Plain reads of the host store, like host_state.
import type {GlobalState} from '@mattermost/types/store';
import type {Team, TeamMembership} from '@mattermost/types/teams';

export interface TeamChoice {
    readonly id: string;
    readonly name: string;
}

export function selectTeams(state: GlobalState): Record<string, Team> {
    return state.entities.teams.teams;
}

export function selectMyMembers(state: GlobalState): Record<string, TeamMembership> {
    return state.entities.teams.myMembers;
}

export function teamChoices(teams: Record<string, Team>, members: Record<string, TeamMembership>): TeamChoice[] {
    // The webapp loads the admin's memberships with their teams. Should a host have loaded only the
    // teams (GET /users/me/teams), those are the admin's own teams, so they stand in for memberships.
    const memberOf = Object.keys(members).length > 0 ? Object.keys(members) : Object.keys(teams);
    return memberOf.
        map((id) => teams[id]).
        filter((team): team is Team => team !== undefined && team.delete_at === 0).
        map((team) => ({id: team.id, name: team.display_name || team.name})).
        sort((a, b) => a.name.localeCompare(b.name));
}
