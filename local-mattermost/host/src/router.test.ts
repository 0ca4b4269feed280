import {adminPluginPath, channelPath, parseRoute} from './router';

describe('host routes', () => {
    test('channel route names team and channel', () => {
        expect(parseRoute('/plugin-community/channels/off-topic')).toEqual({kind: 'channel', teamName: 'plugin-community', channelName: 'off-topic'});
        expect(parseRoute(channelPath('plugin-community', 'town-square'))).toEqual({kind: 'channel', teamName: 'plugin-community', channelName: 'town-square'});
    });

    test('System Console plugin page is /admin_console/plugins/plugin_<id>', () => {
        expect(adminPluginPath('plugin-onboard')).toBe('/admin_console/plugins/plugin_plugin-onboard');
        expect(parseRoute('/admin_console/plugins/plugin_plugin-onboard')).toEqual({kind: 'admin', pluginId: 'plugin-onboard'});
    });

    test('login and anything else', () => {
        expect(parseRoute('/login')).toEqual({kind: 'login'});
        expect(parseRoute('/')).toEqual({kind: 'home'});
        expect(parseRoute('/admin_console/plugins/')).toEqual({kind: 'home'});
    });
});
