import {repoTarget} from './repo_target';

describe('repoTarget', () => {
    it.each([
        ['https://github.com/mattermost/mattermost-plugin-todo', 'mattermost', 'mattermost-plugin-todo'],
        ['https://github.com/mattermost/mattermost-plugin-todo.git', 'mattermost', 'mattermost-plugin-todo'],
        ['https://www.github.com/Owner-1/repo.name_x/tree/master/server', 'Owner-1', 'repo.name_x'],
        ['http://github.com/a/b/', 'a', 'b'],
    ])('reads %s as %s/%s on api.github.com', (url, owner, name) => {
        expect(repoTarget(url)).toEqual({ok: true, target: {api: 'https://api.github.com', owner, name, web: `https://github.com/${owner}/${name}`}});
    });

    it.each([
        ['https://gitlab.com/a/b', 'not-github'],
        ['https://github.example.com/a/b', 'not-github'],
        ['https://github.com/just-an-owner', 'not-a-repo'],
        ['https://github.com/-bad/repo', 'not-a-repo'],
        ['https://github.com/a/..', 'not-a-repo'],
        ['ftp://github.com/a/b', 'not-a-repo'],
        ['not a url', 'not-a-repo'],
    ])('refuses %s (%s)', (url, reason) => {
        expect(repoTarget(url)).toEqual({ok: false, reason});
    });

    it('reads a repository on the team\'s GitHub Enterprise Server, path prefix included, through its /api/v3', () => {
        expect(repoTarget('https://github.example.com/team/plugin', 'https://github.example.com')).toEqual({ok: true, target: {api: 'https://github.example.com/api/v3', owner: 'team', name: 'plugin', web: 'https://github.example.com/team/plugin'}});
        expect(repoTarget('https://code.example.com/git/team/plugin.git', 'https://code.example.com/git/')).toEqual({ok: true, target: {api: 'https://code.example.com/git/api/v3', owner: 'team', name: 'plugin', web: 'https://code.example.com/git/team/plugin'}});
        expect(repoTarget('https://code.example.com/other/team/plugin', 'https://code.example.com/git')).toEqual({ok: false, reason: 'not-github'});
        expect(repoTarget('https://github.com/a/b', 'https://github.example.com').ok).toBe(true);
        expect(repoTarget('https://gitlab.com/a/b', 'https://github.example.com')).toEqual({ok: false, reason: 'not-github'});
    });
});
