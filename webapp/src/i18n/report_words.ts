// Why a report of a deleted post changes nothing, as domain/integrity.ts weighs it against the
// whole log (the fold's other verdicts: verdict_words.ts). Plain text, one export per sentence like
// verdict_words.ts.
export const untrustedReport = 'Only system admins, role holders and people taking part in the plugin can report a deleted post; this report changes nothing.';
export const presentReport = 'The post this reports as deleted is in the record; the report changes nothing.';
