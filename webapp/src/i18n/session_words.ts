// What the tracker session itself says (state/tracker_session.ts and session/roster.ts, in the
// core): English Markdown sentences, as the command and the panel show them.

export const sessionWords = {
    restoreToolsNotDownloaded: 'The restore tools could not be downloaded; check the connection and try again.',
    noTrackerToAddTo: 'This team has no tracker channel yet, so nobody could be added to it.',
};
