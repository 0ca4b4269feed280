import {reply} from './context';
import {withPart} from './lazy_part';

describe('withPart', () => {
    it('uses the part once it is loaded', async () => {
        expect(await withPart('The checks', () => Promise.resolve(2), (n) => Promise.resolve(reply(`got ${n}`)))).toEqual(reply('got 2'));
    });

    it('says what could not be downloaded and what to do, when the chunk fails to load', async () => {
        const outcome = await withPart('The GitHub checks', () => Promise.reject(new Error('Loading chunk 7 failed. (error: https://x/7.js)')), () => Promise.resolve(reply('never')));
        expect(outcome).toEqual({kind: 'error', message: 'The GitHub checks could not be downloaded (Loading chunk 7 failed\\. \\(error\\: https\\://x/7\\.js\\)); check the connection and send the command again. Nothing was recorded.'});
    });
});
