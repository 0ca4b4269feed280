import {getConfigValue, pluginEnablePath, pluginSettingPath, setConfigValue, settingsOf} from './admin_config';

describe('plugin settings in the server config', () => {
    test('paths are lower-cased keys under PluginSettings.Plugins, dots in ids escaped', () => {
        expect(pluginSettingPath('plugin-onboard', 'TrackerChannel')).toBe('PluginSettings.Plugins.plugin-onboard.trackerchannel');
        expect(pluginSettingPath('com.example.x', 'A')).toBe('PluginSettings.Plugins.com+example+x.a');
        expect(pluginEnablePath('com.example.x')).toBe('PluginSettings.PluginStates.com+example+x.Enable');
    });

    test('set then get round-trips through missing objects and escaped parts', () => {
        const config: Record<string, unknown> = {PluginSettings: {Plugins: {}}};
        setConfigValue(config, pluginSettingPath('com.example.x', 'Key'), 'v');
        expect(config).toEqual({PluginSettings: {Plugins: {'com.example.x': {key: 'v'}}}});
        expect(getConfigValue(config, pluginSettingPath('com.example.x', 'Key'))).toBe('v');
        expect(getConfigValue(config, 'Nope.Deeper')).toBeUndefined();
    });

    test('sections are flattened in order with their titles', () => {
        const flat = settingsOf({id: 'p', name: 'P', settings_schema: {header: '', footer: '', settings: [], sections: [
            {key: 's1', title: 'One', settings: [{key: 'a', type: 'text', display_name: '', help_text: '', placeholder: '', default: undefined, options: []}]},
        ]}});
        expect(flat.map((f) => [f.section, f.setting.key])).toEqual([['One', 'a']]);
    });
});
