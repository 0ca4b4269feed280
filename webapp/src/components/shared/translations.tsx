// Where a lazily loaded part of a view hands over its strings: the chunk that brings a component
// also brings its area's English text, and the webapp must get it for every locale (i18n/catalogue.ts).
// lazy/with_providers.tsx connects this to the registry; outside it (main.js, tests) it does nothing.
import {createContext, useContext} from 'react';

export type AddTranslations = (messages: Record<string, string>) => void;

const TranslationsContext = createContext<AddTranslations>(() => undefined);

export const TranslationsProvider = TranslationsContext.Provider;

export function useAddTranslations(): AddTranslations {
    return useContext(TranslationsContext);
}
