// The System Console page: loaded only when an admin opens the plugin's settings.
import type {ComponentType} from 'react';

import {PolicySetting} from '../components/admin/policy_setting';
import {messagesOf} from '../i18n/catalogue';
import {adminMessages} from '../i18n/messages_admin';

import type {AdminChunk, AppDeps} from './app_types';
import {getCore} from './core';
import {withProviders} from './with_providers';

export function create(deps: AppDeps): AdminChunk {
    const core = getCore(deps);
    core.addTranslations(messagesOf(adminMessages));
    // The console hands custom settings its own props; PolicySetting declares exactly those.
    return {live: core.live, PolicySetting: withProviders(core, PolicySetting) as ComponentType<never>};
}
