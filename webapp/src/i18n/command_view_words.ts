// The slash command's read-only replies (command/views.ts: status, list, report, history;
// command/mine.ts; command/people.ts: who holds a role). Markdown, English only, whole sentences;
// the caller gives its inline code and the trigger, and escapes what users wrote before it goes in.
import type {CommandMarkdown} from './command_words';

const plural = (count: number, one: string, other: string): string => (count === 1 ? one : other);

/** How long and since when, in replies (command/time.ts). */
export const timeWords = {
    count: (count: number, unit: 'minute' | 'hour' | 'day') => `${count} ${unit}${plural(count, '', 's')}`,
    underAMinute: 'under a minute',
    justNow: 'just now',
    ago: (duration: string) => `${duration} ago`,
    unknownDate: 'an unknown date',
    unknownTime: 'unknown time',
    utc: (dateTime: string) => `${dateTime} UTC`,
    since: (relative: string, date: string) => `${relative} (${date})`,
} as const;

export function commandViewWords({code, trigger}: Pick<CommandMarkdown, 'code' | 'trigger'>) {
    const add = code(`${trigger} add <plugin-id> <repo-url>`);
    return {
        deployedBy: (by: string, since: string) => `, deployed by ${by} ${since}`,
        stageLine: (mark: string, label: string, status: string, done: number, total: number, deployed: string) =>
            `- ${mark} ${label}: ${status}, ${done}/${total} item${plural(total, '', 's')}${deployed}`,
        noRelease: 'no release yet',
        release: (version: string) => `release ${code(version)}`,
        statusHead: (title: string, repository: string, owners: string, release: string, archived: boolean) =>
            `${title} · ${repository} · owners ${owners} · ${release}${archived ? ' · **archived**' : ''}`,
        repository: 'repository',
        everyStageDeployed: 'Every stage is deployed.',
        readyToDeploy: (stage: string) => `**Ready to deploy to ${code(stage)}.**`,
        missingFor: (stage: string, lines: readonly string[]) => `**Missing for ${code(stage)}:**\n${lines.map((line) => `- ${line}`).join('\n')}`,
        pathAhead: '**Path ahead, in order:**',
        whoseMove: '**Whose move:**',
        turnLine: (holders: string, open: number, since: string) => `- ${holders}: ${open} open, waiting since ${since}`,
        pathLine: (index: number, what: string, holders: string) => `${index}. ${what} — ${holders}`,
        ownersActor: 'owners',
        allDeployed: 'all deployed',

        noTrackedPlugins: (filters: string) => `No tracked plugins${filters}. Start tracking one with ${add}.`,
        listHead: (count: number, filters: string) => `**${count} plugin${plural(count, '', 's')}${filters}:**`,
        listLine: (title: string, stage: string, next: string) => `- ${title} — ${stage} · next: ${next}`,
        listMore: 'Open the panel or use `list --stage` to see fewer.',
        noPluginsYet: `No plugins are tracked in this team yet. Start with ${add}.`,
        reportHead: ['| Plugin | Stage | Progress | Blocked by | Whose move |', '|:--|:--|:--|:--|:--|'],
        readyNothingBlocks: 'nothing: ready to deploy',
        moreMissing: (count: number) => ` (+${count} more)`,
        reportMore: 'The report is cut short here; `list --stage <stage>` shows fewer at a time.',

        accepted: '✓',
        rejected: (reason: string) => `✗ rejected: ${reason}`,
        was: (value: string) => ` (was ${value})`,
        reopened: (line: string) => `\n  - reopened ${line}`,
        historyHead: (title: string, count: number, rejected: number) => `History of ${title}: ${count} event${plural(count, '', 's')} posted to the tracker, ${rejected} of them refused by the rules. ` +
            'A change refused before it was sent (by the command or the panel) was never posted, so it is not an event and is not listed.',
        historyEarlier: (count: number) => `- … ${count} earlier event${plural(count, '', 's')} not shown (the tracker channel's thread has them all).`,

        nothingWaits: `Nothing waits on you. ${code(`${trigger} list`)} shows every tracked plugin.`,
        waitingHead: (count: number) => `**${count} thing${plural(count, '', 's')} wait${plural(count, 's', '')} on you, longest waiting first:**`,
        waitingLine: (plugin: string, step: string, what: string, duration: string, date: string, command: string) =>
            `- ${plugin} · ${step}${what} — waiting ${duration} (since ${date}) · ${code(command)}`,
        waitingMore: (count: number) => `- … and ${count} more: the panel's "Waiting on me" filter lists them all.`,

        rolesWhere: 'System Console › Plugins › Plugin Onboard',
        aUser: 'a user',
        onlyAdminsUntilRoles: (role: string, where: string) => `${role}: only system admins, until an admin sets roles in ${where}`,
        noOneYet: (role: string, where: string) => `${role}: no one yet (a system admin sets roles in ${where})`,
        holders: (role: string, names: readonly string[]) => `${role} (${names.join(', ')})`,
        theOwners: (names: readonly string[]) => `the owners (${names.join(', ')})`,
    };
}
