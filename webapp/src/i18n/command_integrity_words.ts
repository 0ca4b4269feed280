// The slash command's integrity, restore and accept replies (command/integrity.ts), beside the
// panel's shared sentences about marks (integrity_words.ts, messages_integrity.ts). Markdown,
// English only; loaded with that command's own chunk.
import type {CommandMarkdown} from './command_words';

export function commandIntegrityWords({code, trigger}: Pick<CommandMarkdown, 'code' | 'trigger'>) {
    const accept = code(`${trigger} accept <post-id>… --reason "…"`);
    return {
        post: (post: string) => ` (post ${code(post)})`,
        moreNotShown: (count: number) => `- … ${count} more not shown: the Plugin Onboarding panel lists them all.`,
        nothingWaits: 'No post of the tracker was deleted or rewritten after posting, as far as the record shows: nothing waits.',
        restoreOrAccept: `Run ${code(`${trigger} restore`)} to put back what the server keeps copies of, or ${accept} to accept a loss.`,
        onlyAdmins: (action: 'restore' | 'accept', askAdmin: string) => `Only system admins can ${action === 'restore' ? 'restore deleted or rewritten posts from the server\'s copies' : 'accept the loss of posts in the record'}: Mattermost shows deleted posts to them alone. ${askAdmin}`,
        restoredLine: (subject: string, by: string, when: string) => `- ${subject} by ${by} (${when})`,
        letGoAhead: `To let what waits on them go ahead: ${accept}.`,
        acceptFailed: (message: string) => `${message} See ${code(`${trigger} integrity`)} for the posts whose loss can be accepted.`,
        reasonKept: (reason: string) => `Reason kept in the record: ${reason}`,
    };
}
