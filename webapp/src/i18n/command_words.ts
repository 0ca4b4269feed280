// The slash command's replies about loading, setting up, opening and recording (command/execute.ts,
// command/record.ts), as whole sentences. Markdown, English only: the caller gives how to show a
// command as inline code (`code`, which nothing typed can break out of), the trigger and the
// tracker channel's mention, and escapes everything a user or the server wrote before it goes in.

export interface CommandMarkdown {
    /** Inline code that cannot be broken out of (command/markdown.ts). */
    code(text: string): string;
    /** `/plugin-onboard` */
    readonly trigger: string;
    /** `~plugin-onboarding` */
    readonly channel: string;
}

// A function of the caller's Markdown, so the words stay whole sentences.
export function commandWords({code, trigger, channel}: CommandMarkdown) {
    const add = code(`${trigger} add <plugin-id> <repo-url>`);
    return {
        noTracker: `This team has no plugin tracker yet. Run ${code(`${trigger} setup`)} to create ${channel}.`,
        loadFailed: (detail: string) => `Could not load the plugin tracker${detail}. Nothing was changed; try again in a moment.`,
        loadError: 'Could not load the plugin tracker.',
        nothingChanged: (message: string) => `${message} Nothing was changed.`,
        didYouMean: (suggestion: string) => ` Did you mean ${code(suggestion)}?`,
        unknownPlugin: (query: string, hint: string) => `No plugin ${code(query)} is tracked in this team.${hint} See ${code(`${trigger} list`)}, or start tracking it with ${add}.`,
        wentWrong: (detail: string) => `Something went wrong${detail}. Nothing was recorded; try again, or use the Plugin Onboard panel.`,

        newOnlyForAdmins: `Only a system admin can start a new tracker with ${code('--new')}. Nothing was changed.`,
        requestFailed: 'The request failed.',
        setupFailed: (message: string, found: boolean) => `${message} ${found ? 'No new tracker channel was created.' : 'The tracker channel was not created.'}`,
        created: `Created ${channel}: every step recorded with ${code(trigger)} or the panel is a post there.`,
        alreadyHasTracker: (fresh: boolean) => `This team already has its tracker, ${channel}.${fresh ? ` ${code('--new')} changed nothing: it starts a new tracker only when no channel holds the name. To retire this one, rename it first.` : ''}`,
        inAutocomplete: `${code(trigger)} now appears in this team's slash-command autocomplete.`,
        notInAutocomplete: (message: string) => `Could not add ${code(trigger)} to autocomplete: ${message}`,
        teamAdminMayAdd: `A team admin can run ${code(`${trigger} setup`)} as well to add ${code(trigger)} to autocomplete.`,
        nextAfterSetup: `Next: ${add}, or ${code(`${trigger} help`)}.`,

        filterStage: (stage: string) => `working towards ${code(stage)}`,
        filterMine: 'that you own or registered',
        filterWaiting: 'waiting on you',

        openedPanel: 'Opened the Plugin Onboard panel.',
        openedPlugin: (title: string) => `Opened ${title} in the Plugin Onboard panel.`,

        ownersLookupFailed: (message: string) => `Could not look up the owners: ${message} Nothing was recorded.`,
        unknownOwners: (usernames: readonly string[]) => `No user ${usernames.map((username) => code(`@${username}`)).join(', ')} on this server. Check the spelling: owners are given by username. Nothing was recorded.`,
        registeredNext: (plugin: string, trackerCreated: boolean) => `It starts at ${code('ci-extensions')}: see ${code(`${trigger} status ${plugin}`)}.${trackerCreated ? ` The tracker channel ${channel} was created for it.` : ''}`,
        alreadyRecorded: (what: string, by: string, since: string) => `Already recorded: ${what}, by ${by} ${since}. Nothing new was written.`,
        sentAgain: 'Sent again (the earlier attempt had failed): ',

        // What a part loaded on first use is called when its download fails.
        partHandoff: 'The hand-off request',
        partIntegrity: 'The integrity commands',
        partGitHub: 'The GitHub checks',
        partTracker: 'The part of Plugin Onboarding that reads the tracker',
        readNothingRecorded: (source: string) => `${source} Nothing was recorded.`,
        partNotDownloaded: (what: string, detail: string) => `${what} could not be downloaded (${detail}); check the connection and send the command again. Nothing was recorded.`,
        unexpectedError: (detail: string) => `Plugin Onboarding hit an unexpected error (${detail}). Nothing was recorded; send the command again.`,

        stillSending: 'The same change is still being sent. Wait a moment and check the Plugin Onboard panel before sending it again.',
        notRecordedBecause: (reason: string) => `Not recorded. ${reason}`,
        couldNotSend: 'The change could not be sent.',
        nothingRecorded: (what: string, retryable: boolean) => `${what} Nothing was recorded.${retryable ?
            ' Send this command again to retry (it resends the same unsent event, so it cannot be recorded twice), or retry it from the Plugin Onboard panel.' :
            ''}`,
        cannotDeployYet: (plugin: string, stage: string) => `${code(plugin)} cannot be deployed to ${code(stage)} yet. Missing:`,
        pathAhead: 'Path ahead, in order:',
        askSystemAdmin: 'Ask a system admin.',
        onlyAdminsUntilRoles: (where: string) => `Until then only system admins may; a system admin sets the roles in ${where}.`,
        whoHoldsRole: (holders: readonly string[]) => `Who holds the role: ${holders.join('; ')}.`,
        signOtherSlot: (command: string) => `To sign the other slot: ${code(command)}.`,
        seeStatus: (plugin: string) => `See ${code(`${trigger} status ${plugin}`)}.`,
        seeListOrAdd: `See ${code(`${trigger} list`)}, or start tracking it with ${add}.`,
    };
}
