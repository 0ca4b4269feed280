// Strings live in react-intl descriptors, one file per area. English is the source language: the
// webapp shows defaultMessage where a locale has no translation, and each lazy chunk registers its
// area's English text for every locale so no locale reports missing translations.
export type Catalogue = Readonly<Record<string, {readonly id: string; readonly defaultMessage: string}>>;

export function messagesOf(...catalogues: readonly Catalogue[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const catalogue of catalogues) {
        for (const message of Object.values(catalogue)) {
            out[message.id] = message.defaultMessage;
        }
    }
    return out;
}
