// The host's IntlProvider; messages are merged from every plugin's registerTranslations source.
import React, {useMemo} from 'react';
import {IntlProvider} from 'react-intl';
import {useSelector} from 'react-redux';

import {reportPluginError} from '../plugins/loader';
import type {HostState} from '../store/configure';

const LOCALE = 'en';

export default function PluginIntl({children}: {children: React.ReactNode}) {
    const sources = useSelector((state: HostState) => state.plugins.translationSources);
    const messages = useMemo(() => {
        const merged: Record<string, string> = {};
        for (const [pluginId, source] of Object.entries(sources)) {
            try {
                const found: unknown = source(LOCALE);
                if (typeof found === 'object' && found !== null) {
                    for (const [k, v] of Object.entries(found)) {
                        if (typeof v === 'string') {
                            merged[k] = v;
                        }
                    }
                }
            } catch (err) {
                reportPluginError(pluginId, 'getTranslationsForLocale', err);
            }
        }
        return merged;
    }, [sources]);

    return (
        <IntlProvider
            locale={LOCALE}
            defaultLocale={LOCALE}
            messages={messages}
        >
            {children}
        </IntlProvider>
    );
}
