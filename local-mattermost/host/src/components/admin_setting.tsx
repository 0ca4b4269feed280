// One setting of a plugin's settings_schema, rendered by type as the System Console does; `custom`
// settings render the plugin's registered component with the props the System Console passes.
import React from 'react';

import type {PluginSettingDef} from '../admin_config';
import type {AdminCustomSetting} from '../store/plugin_types';

import PluginErrorBoundary from './error_boundary';

export type CustomSettingHooks = {
    config: Record<string, unknown>;
    registerSaveAction: (action: () => Promise<unknown>) => void;
    unRegisterSaveAction: (action: () => Promise<unknown>) => void;
    setSaveNeeded: () => void;
    cancelSubmit: () => void;
};

type Props = {
    id: string;
    setting: PluginSettingDef;
    value: unknown;
    disabled: boolean;
    onChange: (id: string, value: unknown) => void;
    custom: AdminCustomSetting | undefined;
    hooks: CustomSettingHooks;
};

function SettingRow({id, label, help, children}: {id: string; label: string; help: string; children: React.ReactNode}) {
    return (
        <div className='admin-setting'>
            <label
                className='admin-setting__label'
                htmlFor={id}
            >
                {label ? `${label}:` : ''}
            </label>
            <div className='admin-setting__control'>
                {children}
                {help && <div className='admin-setting__help'>{help}</div>}
            </div>
        </div>
    );
}

function asText(value: unknown, fallback: unknown): string {
    const v = value ?? fallback;
    return v === undefined || v === null ? '' : String(v);
}

// A plain function, not a component, so the tree (SettingRow > control) stays as it was.
function settingControl({id, setting, value, disabled, onChange}: Pick<Props, 'id' | 'setting' | 'value' | 'disabled' | 'onChange'>): React.ReactElement {
    const label = setting.display_name;
    switch (setting.type) {
    case 'bool': {
        const on = (value ?? setting.default) === true;
        return (
            <div
                role='radiogroup'
                aria-label={label}
            >
                {[true, false].map((v) => (
                    <label
                        key={String(v)}
                        className='admin-setting__radio'
                    >
                        <input
                            type='radio'
                            id={v ? id : `${id}false`}
                            name={id}
                            checked={on === v}
                            disabled={disabled}
                            onChange={() => onChange(id, v)}
                        />
                        {v ? 'true' : 'false'}
                    </label>
                ))}
            </div>
        );
    }
    case 'dropdown':
        return (
            <select
                id={id}
                value={asText(value, setting.default)}
                disabled={disabled}
                onChange={(e) => onChange(id, e.target.value)}
            >
                {setting.options.map((o) => (
                    <option
                        key={o.value}
                        value={o.value}
                    >
                        {o.display_name}
                    </option>
                ))}
            </select>
        );
    case 'radio':
        return (
            <div
                role='radiogroup'
                aria-label={label}
            >
                {setting.options.map((o) => (
                    <label
                        key={o.value}
                        className='admin-setting__radio'
                    >
                        <input
                            type='radio'
                            name={id}
                            checked={asText(value, setting.default) === o.value}
                            disabled={disabled}
                            onChange={() => onChange(id, o.value)}
                        />
                        {o.display_name}
                    </label>
                ))}
            </div>
        );
    case 'longtext':
        return (
            <textarea
                id={id}
                value={asText(value, setting.default)}
                placeholder={setting.placeholder}
                disabled={disabled}
                onChange={(e) => onChange(id, e.target.value)}
            />
        );
    case 'number':
        return (
            <input
                id={id}
                type='number'
                value={asText(value, setting.default)}
                disabled={disabled}
                onChange={(e) => onChange(id, Number(e.target.value))}
            />
        );
    default:
        // text, username and generated are single-line text in the System Console.
        return (
            <input
                id={id}
                type='text'
                value={asText(value, setting.default)}
                placeholder={setting.placeholder}
                disabled={disabled || setting.type === 'generated'}
                onChange={(e) => onChange(id, e.target.value)}
            />
        );
    }
}

export default function AdminSetting({id, setting, value, disabled, onChange, custom, hooks}: Props) {
    const label = setting.display_name;
    const help = setting.help_text;

    if (setting.type === 'custom' || custom) {
        if (!custom) {
            return <div className='admin-banner admin-banner--warning'>{'In order to view this setting, enable the plugin and click Save.'}</div>;
        }
        const Component = custom.component;
        const instance = (
            <PluginErrorBoundary
                pluginId={custom.pluginId}
                where={`System Console setting ${setting.key}`}
            >
                <Component
                    id={id}
                    label={label}
                    helpText={<span>{help}</span>}
                    value={value}
                    disabled={disabled}
                    config={hooks.config}
                    license={{}}
                    setByEnv={false}
                    onChange={onChange}
                    registerSaveAction={hooks.registerSaveAction}
                    setSaveNeeded={hooks.setSaveNeeded}
                    unRegisterSaveAction={hooks.unRegisterSaveAction}
                    cancelSubmit={hooks.cancelSubmit}
                    showConfirm={false}
                />
            </PluginErrorBoundary>
        );
        return custom.options.showTitle ? (
            <SettingRow
                id={id}
                label={label}
                help={help}
            >
                {instance}
            </SettingRow>
        ) : instance;
    }

    return (
        <SettingRow
            id={id}
            label={label}
            help={help}
        >
            {settingControl({id, setting, value, disabled, onChange})}
        </SettingRow>
    );
}
