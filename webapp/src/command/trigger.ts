// Ships in main.js, runs on every slash command a user sends: keep it import-free and tiny.
// Matching is by token, not prefix, so `/plugin-onboarding` or `/plugin-onboard2` pass through.

export const TRIGGER = '/plugin-onboard';

export function matchTrigger(message: string): {args: string} | null {
    const text = message.replace(/^\s+/, '');
    const end = text.search(/\s/);
    const head = end === -1 ? text : text.slice(0, end);
    if (head.toLowerCase() !== TRIGGER) {
        return null;
    }
    return {args: end === -1 ? '' : text.slice(end).trim()};
}
