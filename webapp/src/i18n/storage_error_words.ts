// What a failed request means, as sentences a person can act on: what happened, whether their
// change was kept, and what to do next. The session (state/user_errors.ts) picks the sentence from
// the storage error and fills in the tracker channel (`channel`, e.g. ~plugin-onboarding); the
// panel and the command both show it. English only: the command's replies and the session's errors
// are Markdown sentences, not react-intl messages.

/** How a system admin sets the tracker up. */
const SETUP = '`/plugin-onboard setup` (or Set up in the Plugin Onboarding panel)';

export const storageErrorWords = {
    keptUnsent: ' Your change is kept unsent: retry or discard it.',
    somethingWentWrong: (detail: string) => `Something went wrong (${detail}).`,

    forbiddenCreate: (channel: string) => `You may not create public channels in this team (the create_public_channel permission is missing), so the tracker channel ${channel} ` +
        `could not be created. Only a system admin sets the tracker up, with ${SETUP}.`,
    forbiddenJoin: (channel: string) => `You may not join ${channel} (the join_public_channels permission is missing). Ask a team admin to add you to the channel.`,
    forbiddenAppend: (channel: string) => `You may not post in ${channel} (the create_post permission is missing, or you were removed from the channel). ` +
        'Ask a team admin to add you to the channel.',
    forbiddenMembers: (channel: string) => `Only members of ${channel} and system admins may add people to it.`,
    forbiddenUsers: 'You may not look up users in this team (the view_members permission is missing). Ask a team admin.',
    forbiddenRead: (channel: string) => `You may not read ${channel} (the read_channel permission is missing). Ask a team admin to add you to the channel.`,

    tooLargeRequest: 'This change is larger than the server accepts in one request (its maximum request size, ServiceSettings.MaximumPayloadSizeBytes). ' +
        'Shorten the note or evidence and try again.',
    tooLargeProps: 'This change is too large to record: a post\'s data may hold at most 800000 characters. Shorten the note or evidence and try again.',
    tooLongMessage: 'This change is too long to record: a post\'s message may hold at most 16383 characters. Shorten the note or evidence and try again.',

    archived: 'The tracker channel is archived. Nothing can be recorded until a system admin unarchives it (channel menu › Unarchive channel).',
    cardPostGone: 'This plugin\'s card post (the root of its thread) is gone from the tracker channel, so nothing more can be recorded in its thread.',
    // The server's error id helps whoever reads the server logs, not the person here: it goes last.
    notAccepted: (code: string) => `The server did not accept this. If it keeps happening, give a system admin this code: ${code}.`,

    sessionExpiredAppend: 'Your session has expired. Log in again; nothing was recorded.',
    sessionExpired: 'Your session has expired. Log in again to see the tracker.',
    channelDeleted: (channel: string) => `The tracker channel ${channel} no longer exists (it was deleted). A system admin can run ${SETUP} to create a new one.`,
    rateLimited: (wait: string) => `The server is limiting requests right now (HTTP 429). Try again in ${wait}.`,
    aMoment: 'a moment',
    seconds: (seconds: number) => `${seconds} s`,
    serverFailed: (status: string) => `The server could not do this right now${status}. Try again in a moment.`,
    httpStatus: (status: number) => ` (HTTP ${status})`,
    unreachable: 'The server could not be reached (offline, or no answer in time). Try again when the connection is back.',
} as const;
