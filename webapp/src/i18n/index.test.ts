import {catalogues, messagesOf} from './index';
import {adminMessages} from './messages_admin';
import {cardMessages} from './messages_card';
import {githubMessages} from './messages_github';
import {handoffMessages} from './messages_handoff';
import {integrityMessages} from './messages_integrity';
import {mainMessages} from './messages_main';
import {rhsMessages} from './messages_rhs';
import {rhsPageMessages} from './messages_rhs_page';

describe('translations', () => {
    it('holds every message of the areas given, English text under its id', () => {
        const english = messagesOf(rhsMessages, cardMessages);
        for (const catalogue of [rhsMessages, cardMessages]) {
            for (const message of Object.values(catalogue)) {
                expect(english[message.id]).toBe(message.defaultMessage);
            }
        }
        expect(Object.keys(english).some((id) => id.startsWith('plugin-onboard.admin.'))).toBe(false);
    });

    it('never gives two messages the same id, and keeps ids in the plugin\'s namespace', () => {
        expect(catalogues).toEqual([mainMessages, rhsMessages, rhsPageMessages, cardMessages, adminMessages, integrityMessages, githubMessages, handoffMessages]);
        const ids = catalogues.flatMap((catalogue) => Object.values(catalogue).map((message) => message.id));
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) {
            expect(id).toMatch(/^plugin-onboard\.(main|rhs|card|admin)\.[a-z0-9_.-]+$/);
        }
    });
});
