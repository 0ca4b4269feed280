// What a person is told when the tracker channel is not where or what it should be: not found,
// renamed, archived, or a channel holding its name that cannot be trusted. The session
// (state/tracker_sentences.ts) fills in the tracker's name (`tracker`, e.g. plugin-onboarding) and
// the day; the command shows these as they are, the panel has its own in messages_rhs.ts (with a
// localised date). English only, like storage_error_words.ts.

const SETUP = '/plugin-onboard setup';

export const trackerChannelWords = {
    noTrackerFound: `No tracker channel was found for this team. If one existed it may have been renamed or archived; ask a system admin to run ${SETUP}.`,
    renamed: (name: string, displayName: string, tracker: string) =>
        `The tracker channel was renamed to ~${name} (${displayName}). A system admin should rename it back to ${tracker} so that new users find it.`,
    archived: (day: string) => `The tracker channel was archived on ${day}. Nothing can be recorded until a system admin unarchives it (channel menu › Unarchive channel).`,
    unknownDay: 'an unknown date',
    renamedAndArchivedForAdmin: (name: string, displayName: string, day: string, tracker: string) =>
        `The tracker is ~${name} (${displayName}), renamed and archived on ${day}; unarchive it (channel menu › Unarchive channel) ` +
        `and rename it back to ${tracker}, or run \`${SETUP} --new\` to start a new, empty one.`,
    renamedForAdmin: (name: string, displayName: string, tracker: string) =>
        `The tracker is ~${name} (${displayName}), renamed; rename it back to ${tracker}, or run \`${SETUP} --new\` to start a new, empty one.`,
    archivedKeepsName: ` An archived channel keeps its name: to start a new, empty tracker instead, unarchive it, rename it, then run \`${SETUP} --new\`.`,
    privateChannel: (tracker: string) => `~${tracker} is a private channel, so it cannot be the tracker (every team member must be able to read it).`,
    notAdminCreated: (tracker: string) => `~${tracker} was not created by a system admin, so it is not trusted as the tracker.`,
    renameThenSetup: ` A system admin should rename that channel (an archived channel keeps its name: unarchive it first), then run ${SETUP} again.`,
};
