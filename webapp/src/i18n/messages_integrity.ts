// Strings about the record's integrity: what was deleted or rewritten, what waits on it, and what a
// system admin can do. The panel, the cards and the slash command all word marks with these, so
// each says the same thing everywhere. Plain descriptor objects, like the other areas.
//
// ICU quoting: an apostrophe before a letter is literal ("server's"), so those strings keep a plain
// one; an apostrophe before { or } would quote it.
import type {MessageDescriptor} from 'react-intl';

export const integrityMessages = {
    // What a marked post was, from its event type (its seal's, which a rewrite cannot change unmarked).
    subjectRegistration: {id: 'plugin-onboard.rhs.integrity.subject-registration', defaultMessage: 'A registration of {plugin}'},
    subjectSignOff: {id: 'plugin-onboard.rhs.integrity.subject-sign-off', defaultMessage: 'A sign-off on {plugin}'},
    subjectWithdrawal: {id: 'plugin-onboard.rhs.integrity.subject-withdrawal', defaultMessage: 'A withdrawn sign-off on {plugin}'},
    subjectEvidence: {id: 'plugin-onboard.rhs.integrity.subject-evidence', defaultMessage: 'Evidence for {plugin}'},
    subjectChecked: {id: 'plugin-onboard.rhs.integrity.subject-checked', defaultMessage: 'A checked step of {plugin}'},
    subjectUnchecked: {id: 'plugin-onboard.rhs.integrity.subject-unchecked', defaultMessage: 'An unchecked step of {plugin}'},
    subjectWaiver: {id: 'plugin-onboard.rhs.integrity.subject-waiver', defaultMessage: 'A waiver on {plugin}'},
    subjectRelease: {id: 'plugin-onboard.rhs.integrity.subject-release', defaultMessage: 'A release of {plugin}'},
    subjectDeployment: {id: 'plugin-onboard.rhs.integrity.subject-deployment', defaultMessage: 'A deployment of {plugin}'},
    subjectArchiving: {id: 'plugin-onboard.rhs.integrity.subject-archiving', defaultMessage: 'The archiving of {plugin}'},
    subjectPluginPost: {id: 'plugin-onboard.rhs.integrity.subject-plugin-post', defaultMessage: 'A post about {plugin}'},
    subjectPolicy: {id: 'plugin-onboard.rhs.integrity.subject-policy', defaultMessage: 'The onboarding policy'},
    subjectRestore: {id: 'plugin-onboard.rhs.integrity.subject-restore', defaultMessage: 'A restore of deleted posts'},
    subjectAcceptance: {id: 'plugin-onboard.rhs.integrity.subject-acceptance', defaultMessage: 'An accepted loss'},
    subjectReport: {id: 'plugin-onboard.rhs.integrity.subject-report', defaultMessage: 'A report of a deleted post'},
    subjectPost: {id: 'plugin-onboard.rhs.integrity.subject-post', defaultMessage: 'A post of the tracker'},

    // One sentence per kind of mark.
    missing: {id: 'plugin-onboard.rhs.integrity.missing', defaultMessage: '{subject} by {user} ({when}) is missing: its post was deleted.'},
    missingNoAuthor: {id: 'plugin-onboard.rhs.integrity.missing-no-author', defaultMessage: '{subject} ({when}) is missing: its post was deleted.'},
    tampered: {id: 'plugin-onboard.rhs.integrity.tampered', defaultMessage: '{subject} by {user} ({when}) was rewritten after posting.'},
    edited: {id: 'plugin-onboard.rhs.integrity.edited', defaultMessage: '{subject} by {user} ({when}) was edited after posting.'},
    fewer: {id: 'plugin-onboard.rhs.integrity.fewer', defaultMessage: "{count, plural, one {# post} other {# posts}} before {user}'s change at {when} {count, plural, one {is} other {are}} missing."},
    fewerInPlugin: {id: 'plugin-onboard.rhs.integrity.fewer-in-plugin', defaultMessage: "{count, plural, one {# post} other {# posts}} of {plugin} before {user}'s change at {when} {count, plural, one {is} other {are}} missing."},
    policyAuthor: {id: 'plugin-onboard.rhs.integrity.policy-author', defaultMessage: 'The onboarding policy set by {user} on {date} no longer counts: {user} is not a system admin now.'},
    noticedBy: {id: 'plugin-onboard.rhs.integrity.noticed-by', defaultMessage: "Noticed by {user}'s client."},
    deletedBy: {id: 'plugin-onboard.rhs.integrity.deleted-by', defaultMessage: 'Deleted by {user}.'},
    acceptedBy: {id: 'plugin-onboard.rhs.integrity.accepted-by', defaultMessage: 'Accepted by {user} on {date}: {reason}'},
    restoredBy: {id: 'plugin-onboard.rhs.integrity.restored-by', defaultMessage: 'Restored by {user} on {date}'},

    // The panel's banner and the plugin page.
    bannerTitle: {id: 'plugin-onboard.rhs.integrity.banner-title', defaultMessage: 'Posts of this tracker were deleted or rewritten: {onHold, plural, =0 {nothing is on hold} one {# change is on hold} other {# changes are on hold}}.'},
    marksLabel: {id: 'plugin-onboard.rhs.integrity.marks-label', defaultMessage: 'What was deleted or rewritten'},
    pluginTitle: {id: 'plugin-onboard.rhs.integrity.plugin-title', defaultMessage: "This plugin's record was changed after posting"},
    pluginOnHold: {id: 'plugin-onboard.rhs.integrity.plugin-on-hold', defaultMessage: '{count, plural, =0 {Nothing of this plugin is on hold.} one {# change is on hold until a system admin restores the missing posts or accepts the loss.} other {# changes are on hold until a system admin restores the missing posts or accepts the loss.}}'},
    resolvedTitle: {id: 'plugin-onboard.rhs.integrity.resolved-title', defaultMessage: 'Resolved record changes ({count})'},
    askAdmin: {id: 'plugin-onboard.rhs.integrity.ask-admin', defaultMessage: "Ask a system admin: {admins}. They can restore the posts from the server's copies or accept the loss."},
    askAnyAdmin: {id: 'plugin-onboard.rhs.integrity.ask-any-admin', defaultMessage: "Ask a system admin: they can restore the posts from the server's copies or accept the loss."},
    restore: {id: 'plugin-onboard.rhs.integrity.restore', defaultMessage: "Restore from the server's copies"},
    restoring: {id: 'plugin-onboard.rhs.integrity.restoring', defaultMessage: 'Restoring…'},
    restoredCount: {id: 'plugin-onboard.rhs.integrity.restored-count', defaultMessage: "{count, plural, =0 {Nothing was restored: the server holds no intact copy of what is missing.} one {Restored # post from the server's copies.} other {Restored # posts from the server's copies.}}"},
    stillOpen: {id: 'plugin-onboard.rhs.integrity.still-open', defaultMessage: '{count, plural, one {# change to the record remains} other {# changes to the record remain}}: the server keeps no intact copy (a data retention policy may have removed it), or only accepting can settle it.'},
    restoreFailed: {id: 'plugin-onboard.rhs.integrity.restore-failed', defaultMessage: 'The restore stopped: {message}'},
    accept: {id: 'plugin-onboard.rhs.integrity.accept', defaultMessage: 'Accept the loss…'},
    acceptTitle: {id: 'plugin-onboard.rhs.integrity.accept-title', defaultMessage: 'Accept the loss of {count, plural, one {# post} other {# posts}}'},
    acceptReason: {id: 'plugin-onboard.rhs.integrity.accept-reason', defaultMessage: 'Why the loss is accepted (kept in the record)'},
    acceptNext: {id: 'plugin-onboard.rhs.integrity.accept-next', defaultMessage: 'Continue'},
    acceptConfirmText: {id: 'plugin-onboard.rhs.integrity.accept-confirm-text', defaultMessage: 'What waited on {count, plural, one {this post} other {these posts}} goes ahead, judged on what the record still holds. This cannot be undone.'},
    acceptConfirm: {id: 'plugin-onboard.rhs.integrity.accept-confirm', defaultMessage: 'Accept the loss'},
    acceptBack: {id: 'plugin-onboard.rhs.integrity.accept-back', defaultMessage: 'Back'},
    accepted: {id: 'plugin-onboard.rhs.integrity.accepted', defaultMessage: 'The loss is accepted; what waited on it goes ahead.'},
    acceptFailed: {id: 'plugin-onboard.rhs.integrity.accept-failed', defaultMessage: 'The loss was not accepted: {message}'},
    onHoldOnCard: {id: 'plugin-onboard.rhs.integrity.on-hold-on-card', defaultMessage: '{count, plural, one {# change is on hold} other {# changes are on hold}}: posts of this plugin were deleted or rewritten'},

    // Verdicts, as history lines and cards label them.
    verdictOnHold: {id: 'plugin-onboard.rhs.integrity.verdict-on-hold', defaultMessage: 'On hold'},
    verdictTampered: {id: 'plugin-onboard.rhs.integrity.verdict-tampered', defaultMessage: 'Rewritten after posting'},
    verdictEdited: {id: 'plugin-onboard.rhs.integrity.verdict-edited', defaultMessage: 'Edited after posting'},
    verdictMisplaced: {id: 'plugin-onboard.rhs.integrity.verdict-misplaced', defaultMessage: 'Posted in the wrong place'},
    verdictRejected: {id: 'plugin-onboard.rhs.integrity.verdict-rejected', defaultMessage: 'Refused'},

    // My own change that a later look at the log refused (a race someone else won).
    lateSignOffFirst: {id: 'plugin-onboard.rhs.integrity.late-sign-off-first', defaultMessage: 'Your sign-off of {item} on {plugin} was not recorded after all: {user} signed it first.'},
    lateChange: {id: 'plugin-onboard.rhs.integrity.late-change', defaultMessage: 'Your change on {plugin} ({summary}) was not recorded after all: {reason}'},
    lateTracker: {id: 'plugin-onboard.rhs.integrity.late-tracker', defaultMessage: 'Your change ({summary}) was not recorded after all: {reason}'},
    lateTitle: {id: 'plugin-onboard.rhs.integrity.late-title', defaultMessage: 'Not recorded after all'},
    dismiss: {id: 'plugin-onboard.rhs.integrity.dismiss', defaultMessage: 'Dismiss'},
    dismissChange: {id: 'plugin-onboard.rhs.integrity.dismiss-change', defaultMessage: 'Dismiss: {change}'},
    changeOn: {id: 'plugin-onboard.rhs.integrity.change-on', defaultMessage: '{change} on {plugin}'},
} as const satisfies Record<string, MessageDescriptor & {id: string; defaultMessage: string}>;
