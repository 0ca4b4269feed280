// Wraps a lazily loaded view in what every plugin-onboard component expects around it.
import React, {type ComponentType} from 'react';

import {AppProvider} from '../components/shared/app_context';
import {memoComponent} from '../components/shared/memo_component';
import {TranslationsProvider} from '../components/shared/translations';

import type {Core} from './core';

export function withProviders<P extends object>(core: Core, View: ComponentType<P>): ComponentType<P> {
    const Wrapped = (props: P) => (
        <AppProvider session={core.session} showRhs={core.showRhs}>
            <TranslationsProvider value={core.addTranslations}>
                <View {...props}/>
            </TranslationsProvider>
        </AppProvider>
    );
    Wrapped.displayName = `WithProviders(${View.displayName ?? View.name})`;
    return memoComponent(Wrapped);
}
