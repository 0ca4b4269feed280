import {markdownToPlainText} from './plain_text';

describe('command errors as the webapp shows them: plain text in one label', () => {
    it.each([
        ['code spans lose their backticks', 'No plugin `githbu` is tracked. Did you mean `github`?', 'No plugin githbu is tracked. Did you mean github?'],
        ['bold loses its stars', 'Refused for **GitHub**.', 'Refused for GitHub.'],
        ['bullet lines become one line', '`jira` cannot be deployed yet. Missing:\n- CI system setup\n- Has a compatible licence', 'jira cannot be deployed yet. Missing: • CI system setup • Has a compatible licence'],
        ['links keep their address', 'See [the guide](https://developers.mattermost.com/x).', 'See the guide (https://developers.mattermost.com/x).'],
        ['escapes are undone', 'Name \\*not\\* bold \\_x\\_', 'Name *not* bold _x_'],
        ['plugin ids keep their underscores', 'my_plugin_id is unknown', 'my_plugin_id is unknown'],
    ])('%s', (_name, markdown, plain) => {
        expect(markdownToPlainText(markdown)).toBe(plain);
    });
});
