// The event schema's own objections (domain/events.ts), which the command and the forms show after
// the field they are about: "`--name` is not valid: it must not contain invisible or
// direction-changing characters." (zod's built-in objections, lengths and counts, are said by each
// surface from the kind: domain/draft_issues.ts.)
export const notHttpUrl = 'must be an http(s) URL';
export const invisibleCharacters = 'must not contain invisible or direction-changing characters';
