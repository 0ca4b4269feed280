import {catalogues, getTranslations} from './index';
import {adminMessages} from './messages_admin';
import {cardMessages} from './messages_card';
import {mainMessages} from './messages_main';
import {rhsMessages} from './messages_rhs';

describe('translations', () => {
    it('holds every message of every area, English text under its id', () => {
        const english = getTranslations('en');
        for (const catalogue of [mainMessages, rhsMessages, cardMessages, adminMessages]) {
            for (const message of Object.values(catalogue)) {
                expect(english[message.id]).toBe(message.defaultMessage);
            }
        }
    });

    it('never gives two messages the same id, and keeps ids in the plugin\'s namespace', () => {
        const ids = catalogues.flatMap((catalogue) => Object.values(catalogue).map((message) => message.id));
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) {
            expect(id).toMatch(/^plugin-onboard\.(main|rhs|card|admin)\.[a-z0-9_.-]+$/);
        }
    });

    it('falls back to English for other locales', () => {
        expect(getTranslations('fr')).toEqual(getTranslations('en'));
    });
});
