// System Console page /admin_console/plugins/plugin_<id>. As schema_admin_settings.tsx: values
// start from the server config; Save writes the whole config (PUT /api/v4/config), then runs the
// save actions custom settings registered; any error keeps the page dirty and is shown.
import React, {useCallback, useEffect, useRef, useState} from 'react';
import {useSelector} from 'react-redux';

import {Client4} from 'mattermost-redux/client';
import {getCurrentUser} from 'mattermost-redux/selectors/entities/users';

import type {AdminConfig} from '@mattermost/types/config';

import {configSchema, getConfigValue, pluginEnablePath, pluginSettingPath, pluginsResponseSchema, setConfigValue, settingsOf, type ConfigTree, type PluginManifestForConsole} from '../admin_config';
import {errorText} from '../plugins/loader';
import {channelPath, DEFAULT_CHANNEL, DEFAULT_TEAM, navigate} from '../router';
import {isSystemAdmin} from '../session';
import type {HostState} from '../store/configure';

import AdminSetting, {type CustomSettingHooks} from './admin_setting';

type SaveAction = () => Promise<unknown>;

function hasErrorMessage(value: unknown): boolean {
    if (typeof value !== 'object' || value === null || !('error' in value)) {
        return false;
    }
    const error: unknown = value.error;
    return typeof error === 'object' && error !== null && 'message' in error && Boolean(error.message);
}

function NoPermission() {
    return (
        <div className='admin-console admin-console--denied'>
            <h1>{'You do not have permission to access this page.'}</h1>
            <p>{'Only system admins can open the System Console.'}</p>
        </div>
    );
}

function PluginSettingsPage({pluginId}: {pluginId: string}) {
    const customs = useSelector((state: HostState) => state.plugins.adminConsoleCustomComponents[pluginId] ?? {});
    const [manifest, setManifest] = useState<PluginManifestForConsole | null>(null);
    const [config, setConfig] = useState<ConfigTree | null>(null);
    const [values, setValues] = useState<Record<string, unknown>>({});
    const [loadError, setLoadError] = useState('');
    const [saveNeeded, setSaveNeededState] = useState(false);
    const [saving, setSaving] = useState(false);
    const [serverError, setServerError] = useState('');
    const saveActions = useRef<SaveAction[]>([]);

    useEffect(() => {
        let live = true;
        Promise.all([Client4.getPlugins(), Client4.getConfig()]).then(([plugins, cfg]) => {
            if (!live) {
                return;
            }
            const parsed = pluginsResponseSchema.parse(plugins);
            const found = [...parsed.active, ...parsed.inactive].find((m) => m.id === pluginId);
            if (!found) {
                setLoadError(`Plugin ${pluginId} is not installed.`);
                return;
            }
            const tree = configSchema.parse(cfg);
            const initial: Record<string, unknown> = {[pluginEnablePath(pluginId)]: getConfigValue(tree, pluginEnablePath(pluginId))};
            settingsOf(found).forEach(({setting}) => {
                const path = pluginSettingPath(pluginId, setting.key);
                initial[path] = getConfigValue(tree, path);
            });
            setManifest(found);
            setConfig(tree);
            setValues(initial);
        }).catch((err: unknown) => {
            if (live) {
                setLoadError(errorText(err));
            }
        });
        return () => {
            live = false;
        };
    }, [pluginId]);

    const onChange = useCallback((id: string, value: unknown) => {
        setValues((prev) => ({...prev, [id]: value}));
        setSaveNeededState(true);
    }, []);

    const hooks: CustomSettingHooks = {
        config: config ?? {},
        registerSaveAction: (action) => {
            saveActions.current.push(action);
        },
        unRegisterSaveAction: (action) => {
            const i = saveActions.current.indexOf(action);
            if (i >= 0) {
                saveActions.current.splice(i, 1);
            }
        },
        setSaveNeeded: () => setSaveNeededState(true),
        cancelSubmit: () => undefined,
    };

    const save = async () => {
        if (!config) {
            return;
        }
        setSaving(true);
        setServerError('');
        const next = configSchema.parse(JSON.parse(JSON.stringify(config)));
        Object.entries(values).forEach(([path, value]) => setConfigValue(next, path, value));

        let failed = false;
        try {
            // The tree came from GET /api/v4/config and only plugin paths were changed.
            const saved = await Client4.updateConfig(next as unknown as AdminConfig);
            setConfig(configSchema.parse(saved));
        } catch (err) {
            failed = true;
            setServerError(errorText(err));
        }
        const results = await Promise.all(saveActions.current.map((action) => action()));
        if (results.some(hasErrorMessage)) {
            failed = true;
        }
        setSaving(false);
        if (!failed) {
            setSaveNeededState(false);
        }
    };

    if (loadError) {
        return <div className='admin-console'><div className='admin-banner admin-banner--error' role='alert'>{loadError}</div></div>;
    }
    if (!manifest || !config) {
        return <div className='admin-console'>{'Loading…'}</div>;
    }

    const schema = manifest.settings_schema;
    const enablePath = pluginEnablePath(pluginId);
    let lastSection = '';

    return (
        <div className='admin-console'>
            <div className='admin-console__header'>
                <h1 className='admin-console__title'>{manifest.name || manifest.id}</h1>
            </div>
            <form
                className='admin-console__body'
                onSubmit={(e) => {
                    e.preventDefault();
                    void save();
                }}
            >
                {schema?.header && <div className='admin-console__schema-header'>{schema.header}</div>}
                <AdminSetting
                    id={enablePath}
                    setting={{key: 'Enable', display_name: 'Enable Plugin', type: 'bool', help_text: 'When true, this plugin is enabled.', placeholder: '', default: false, options: []}}
                    value={values[enablePath]}
                    disabled={false}
                    onChange={onChange}
                    custom={undefined}
                    hooks={hooks}
                />
                {settingsOf(manifest).map(({section, setting}) => {
                    const path = pluginSettingPath(pluginId, setting.key);
                    const heading = section && section !== lastSection ? <h2 className='admin-console__section'>{section}</h2> : null;
                    lastSection = section;
                    return (
                        <React.Fragment key={path}>
                            {heading}
                            <AdminSetting
                                id={path}
                                setting={setting}
                                value={values[path]}
                                disabled={false}
                                onChange={onChange}
                                custom={customs[setting.key.toLowerCase()]}
                                hooks={hooks}
                            />
                        </React.Fragment>
                    );
                })}
                {schema?.footer && <div className='admin-console__schema-footer'>{schema.footer}</div>}
                <div className='admin-console__save'>
                    <button
                        type='submit'
                        id='saveSetting'
                        className='btn btn-primary'
                        disabled={!saveNeeded || saving}
                    >
                        {saving ? 'Saving Config...' : 'Save'}
                    </button>
                    {serverError && <span className='admin-console__error' role='alert'>{serverError}</span>}
                </div>
            </form>
        </div>
    );
}

export default function AdminConsole({pluginId}: {pluginId: string}) {
    const user = useSelector((state: HostState) => getCurrentUser(state));
    return (
        <div className='admin-console-layout'>
            <nav className='admin-sidebar'>
                <div className='admin-sidebar__title'>{'System Console'}</div>
                <a
                    className='admin-sidebar__back'
                    href={channelPath(DEFAULT_TEAM, DEFAULT_CHANNEL)}
                    onClick={(e) => {
                        e.preventDefault();
                        navigate(channelPath(DEFAULT_TEAM, DEFAULT_CHANNEL));
                    }}
                >
                    {'← Back to Channels'}
                </a>
                <div className='admin-sidebar__item admin-sidebar__item--active'>{`Plugins › ${pluginId}`}</div>
            </nav>
            {isSystemAdmin(user) ? <PluginSettingsPage pluginId={pluginId}/> : <NoPermission/>}
        </div>
    );
}
