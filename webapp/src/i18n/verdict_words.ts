// Why a post of the tracker changes nothing, as the fold records it (domain/fold.ts) and the
// history shows it: a copy, an edit, a rewrite, a post in the wrong place, one waiting on a gap in
// the record (the reports of deletions that do not count: report_words.ts). Plain text.
// One export per sentence, imported as a namespace, like refusal_words.ts (the minifier shortens
// the names).
export const duplicate = 'This event was already recorded (a repeated delivery of the same change); the copy changes nothing.';
export const edited = 'This event post was edited after it was posted; edited events are not trusted and change nothing.';
export const unreadable = 'This post does not hold a readable plugin-onboard event; it changes nothing.';
export const unprocessable = 'This post could not be processed; it changes nothing.';
export const tampered = 'This event was rewritten after it was posted (it no longer matches the seal in its message); rewritten events are not trusted and change nothing.';
export const unsealed = 'This event post carries no seal (plugin-onboard seals every event it writes); it changes nothing.';
export const notInThread = "This event was posted outside its plugin's thread in the tracker channel; it changes nothing.";
export const notARoot = 'This kind of event starts a thread of its own in the tracker channel; posted as a reply, it changes nothing.';
export const onHold = "On hold: this plugin's record has a gap or a rewritten post before this change (/plugin-onboard integrity lists it). A system admin can restore what is missing or accept the loss; until then this change waits.";
export const registrationOnHold = 'On hold: an earlier registration of this plugin id is missing from the record (/plugin-onboard integrity lists it). A system admin can restore it or accept the loss; until then this registration waits.';
export const policyOnHold = 'On hold: the onboarding policy this change was made under is missing or no longer counts (/plugin-onboard integrity lists it). A system admin can restore or confirm it; until then changes by role holders wait.';

/** `version` is the number the post claims, when it is one. */
export const otherVersion = (version: number | null): string => `This event was written by another version of plugin-onboard${version === null ? '' : ` (version ${version})`}; this version cannot read it, so it changes nothing.`;

/** `type` is the event type the post claims, `field` the first field the schema refused ('' when none is named). */
export const malformed = (type: string | null, field: string): string => `This ${type ?? 'onboarding'} event is malformed${field ? ` (field ${field})` : ''}; it changes nothing.`;
