// A form's side of the one validation: the schema judges the draft the form would send
// (domain/draft_issues.ts), and each objection is said under the field that filled it, naming the
// field's label. No form checks a length or a count itself, so none can count differently.
import type {IntlShape} from 'react-intl';

import {draftIssues, type DraftIssue} from '../../domain/draft_issues';
import type {EventDraft} from '../../domain/events';
import {rhsPageMessages as pm} from '../../i18n/messages_rhs_page';

export interface FormField {
    /** The field's label as shown. */
    readonly label: string;
    /** The form's own words for a value of the wrong shape or an empty one (a URL that is not http, a missing reason). */
    readonly invalid?: string;
}

export function issueText(intl: IntlShape, field: FormField, issue: DraftIssue): string {
    switch (issue.problem) {
    case 'too-long':
        return intl.formatMessage(pm.fieldTooLong, {field: field.label, limit: issue.limit ?? 0});
    case 'too-many':
        return intl.formatMessage(pm.fieldTooMany, {field: field.label, limit: issue.limit ?? 0});
    case 'empty':
        return field.invalid ?? intl.formatMessage(pm.fieldEmpty, {field: field.label});
    case 'invalid':
        return field.invalid ?? intl.formatMessage(pm.fieldInvalid, {field: field.label, detail: issue.detail});
    }
}

/**
 * The schema's objections to the draft, by the form's name for each field (`fields` maps the draft's
 * field to it). An objection to a field the form does not show is not the user's to fix: it is left
 * to the session, which refuses the draft with its own words.
 */
export function fieldErrors<F extends string>(intl: IntlShape, draft: EventDraft, fields: Readonly<Record<string, readonly [F, FormField]>>): Partial<Record<F, string>> {
    const errors: Partial<Record<F, string>> = {};
    for (const issue of draftIssues(draft)) {
        const entry = fields[issue.field];
        if (entry !== undefined) {
            errors[entry[0]] = issueText(intl, entry[1], issue);
        }
    }
    return errors;
}
