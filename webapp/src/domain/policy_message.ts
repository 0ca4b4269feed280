// A policy post's message: what changed from the policy in force before it (a first policy: who holds
// each role, and the licences), as a Markdown list that reads alone. Only saving a policy needs it,
// so the session loads it then (state/session/writes.ts) rather than with every first use.
import type {OnboardEvent} from './events';
import {escapeMarkdown, markdownUrl, mention} from './markdown';
import {describePolicy, type PolicyContent} from './policy_diff';

export function policyMessage(
    event: OnboardEvent & {type: 'policy.set'},
    names: (userId: string) => string,
    context: {readonly authorId: string; readonly previousPolicy: PolicyContent | null},
): string {
    // With mentions turned off by this policy, people are named without notifying them (a zero-width
    // joiner after the @, as messages.ts does for owners).
    const notify = event.notifications?.mentions ?? true;
    const person = (id: string) => (notify ? mention(names(id)) : mention(names(id)).replace('@', '@\u200d'));
    const {lead, items} = describePolicy(event, context.previousPolicy, {person, text: escapeMarkdown, url: markdownUrl});
    return [`${mention(names(context.authorId))} ${lead}`, ...items.map((item) => `- ${item}`)].join('\n');
}
