// What restoring or accepting lost posts says when it cannot go ahead (state/session/
// integrity_actions.ts, a chunk of its own): English Markdown sentences.

export const integrityActionWords = {
    notAdminRestore: 'Only system admins can restore posts to the record: Mattermost shows deleted posts and earlier versions to them alone.',
    notAdminAccept: 'Only system admins can accept a loss in the record.',
    notLoaded: 'The tracker is not loaded, so nothing was restored. Try again in a moment.',
    noReason: 'Give the reason the loss is accepted: it is kept in the record.',
    noPosts: 'Name at least one post whose loss is accepted.',
};
