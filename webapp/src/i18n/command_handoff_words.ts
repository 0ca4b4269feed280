// The replies of `/plugin-onboard handoff` (command/handoff.ts, a chunk of its own). Markdown, English
// only, whole sentences; the caller escapes what users wrote before it goes in.
import type {CommandMarkdown} from './command_words';

export function commandHandoffWords({code, trigger}: Pick<CommandMarkdown, 'code' | 'trigger'>) {
    return {
        archived: (title: string) => `${title} is archived: there is nothing to ask the Integrations team.`,
        nothingAsked: (title: string) => `Nothing waits on the Integrations team for ${title} yet, so there is no request to make.`,
        first: 'First:',
        seeStatus: (plugin: string) => `See ${code(`${trigger} status ${plugin}`)}.`,
        defaultChannel: ' (the default: no policy names another yet)',
        drafted: (title: string, channel: string, where: string) =>
            `A request for the Integrations team about ${title}. Copy it, edit it as you like and post it in ~${channel}${where} ` +
            `(the Plugin Onboard panel's *Request in ~${channel}* opens that channel with it copied):`,
    };
}
