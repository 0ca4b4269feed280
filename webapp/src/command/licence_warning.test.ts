// A licence that is not on the allow-list is said at entry, not first when someone tries to sign.
import {makeWorld, STANDARD_ROLES} from './testing/world';

describe('a licence off the allow-list', () => {
    it('is recorded with a warning that names the list and what it will stop; an allowed one with none', async () => {
        const world = makeWorld();
        await world.ok('admin', 'setup');
        await world.ok('alice', 'add github https://github.com/mattermost/mattermost-plugin-github --name GitHub');
        await world.setPolicy(STANDARD_ROLES);
        const warned = await world.ok('alice', 'evidence github licence spdx GPL-3.0');
        // Markdown: the sentence comes escaped.
        expect(warned.replace(/\\/g, '')).toContain(":warning: GPL-3.0 is not on this team's licence allow-list (Apache-2.0, MIT, BSD-2-Clause, BSD-3-Clause): Has a compatible licence cannot be signed off with it.");
        expect(await world.ok('alice', 'evidence github licence spdx MIT')).not.toContain('warning');
        expect(await world.ok('alice', 'evidence github basic-review introduction-post https://example.com/GPL-3.0')).not.toContain('warning');
    });
});
