import {copyPlugins, getPlugin} from './plugin_records';
import {Scenario} from './testing/scenario';

describe('plugin records', () => {
    const github = new Scenario().policy().register().state().plugins.github;

    it('find a plugin whose id is an Object.prototype name, and inherit nothing', () => {
        if (!github) {
            throw new Error('no plugin');
        }
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
