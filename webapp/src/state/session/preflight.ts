// The fold rejects events that do not parse, and would reject a bad one after it was posted; asking
// first saves a post that changes nothing and lets the refusal name the field.
import {OnboardEvent} from '../../domain/events';
import {writeWords} from '../../i18n/write_words';

export function schemaProblem(event: OnboardEvent): string | null {
    const parsed = OnboardEvent.safeParse(event);
    if (parsed.success) {
        return null;
    }
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    return writeWords.notValid(field, issue?.message ?? writeWords.invalid);
}
