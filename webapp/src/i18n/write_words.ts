// What the tracker session says when a change cannot be recorded (state/session/writes.ts and
// preflight.ts, the `writes` chunk): English Markdown sentences, as the command and the panel show them.

export const writeWords = {
    noLongerWaiting: 'That change is no longer waiting to be sent.',
    noLongerRecordable: (reason: string) => `It can no longer be recorded: ${reason}`,
    notValid: (field: string, problem: string) => `This change is not valid${field ? ` (${field}: ${problem})` : ''}; nothing was recorded.`,
    invalid: 'invalid',
};
