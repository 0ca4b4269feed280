import {copyPlugins, getPlugin} from './plugin_records';
import {Scenario} from './testing/scenario';
import type {PluginState} from './tracker_state';

function registered(): PluginState {
    const plugin = new Scenario().policy().register().state().plugins.github;
    if (!plugin) {
        throw new Error('the scenario registers github');
    }
    return plugin;
}

describe('plugin records', () => {
    const github = registered();

    it('find a plugin whose id is an Object.prototype name, and inherit nothing', () => {
        const record = copyPlugins({constructor: github}, ['constructor']);
        expect(getPlugin(record, 'constructor')).toBe(github);
        expect(getPlugin(record, 'toString')).toBeUndefined();
        expect(getPlugin(record, '__proto__')).toBeUndefined();
    });

    it('read an ordinary object the careful way: only its own properties count', () => {
        const ordinary = {github};
        expect(getPlugin(ordinary, 'github')).toBe(github);
        expect(getPlugin(ordinary, 'constructor')).toBeUndefined();
        expect(getPlugin(ordinary, 'hasOwnProperty')).toBeUndefined();
    });
});
