// English is the source language: its translations are the default messages. Other locales fall back
// to English until translated catalogues exist.
import {adminMessages} from './messages_admin';
import {cardMessages} from './messages_card';
import {mainMessages} from './messages_main';
import {rhsMessages} from './messages_rhs';

type Catalogue = Readonly<Record<string, {readonly id: string; readonly defaultMessage: string}>>;

export const catalogues: readonly Catalogue[] = [mainMessages, rhsMessages, cardMessages, adminMessages];

export function englishMessages(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const catalogue of catalogues) {
        for (const message of Object.values(catalogue)) {
            out[message.id] = message.defaultMessage;
        }
    }
    return out;
}

export function getTranslations(locale: string): Record<string, string> {
    void locale;
    return englishMessages();
}
