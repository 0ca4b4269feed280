// The one table of /plugin-onboard subcommands. The parser reads it to split and check arguments,
// and help is generated from it, so the two cannot disagree.
import {TRIGGER} from './trigger';

export const SUBCOMMAND_NAMES = [
    'help', 'add', 'list', 'mine', 'status', 'check', 'uncheck', 'signoff', 'withdraw', 'evidence', 'waive',
    'release', 'deploy', 'history', 'check-repo', 'handoff', 'report', 'integrity', 'restore', 'accept', 'open', 'setup',
] as const;
export type SubcommandName = typeof SUBCOMMAND_NAMES[number];

export type ArgKind =
    | 'command'        // a subcommand name (help's topic)
    | 'plugin-id'      // a new plugin's manifest id
    | 'plugin'         // a tracked plugin: id or unique name prefix
    | 'url'            // http(s) only
    | 'item'           // a checklist item key
    | 'item-ref'       // <item>[.<sub-step>]
    | 'stage'
    | 'evidence-field' // a field of the item named before it
    | 'value'          // the rest of the line (quote it to keep spacing)
    | 'version'        // semver, optionally with a leading v
    | 'post-ids';      // one or more post ids, to the end of the line

export interface ArgSpec {
    readonly name: string;
    readonly kind: ArgKind;
    readonly optional?: boolean;
    /** The event draft's field this argument fills: the schema's objection to that field names this argument. */
    readonly field?: string;
}

export type FlagKind = 'boolean' | 'text' | 'user' | 'stage';

export interface FlagSpec {
    readonly name: string;
    readonly kind: FlagKind;
    readonly summary: string;
    readonly repeatable?: boolean;
    readonly required?: boolean;
    /** The event draft's field this flag fills: the schema's objection to that field names this flag. */
    readonly field?: string;
}

export interface SubcommandSpec {
    readonly name: SubcommandName;
    readonly args: readonly ArgSpec[];
    readonly flags: readonly FlagSpec[];
    readonly summary: string;
    /** Typed after the trigger, e.g. `add github https://github.com/mattermost/mattermost-plugin-github`. */
    readonly examples: readonly string[];
}

const plugin = {name: 'plugin', kind: 'plugin'} as const;
const note = {name: 'note', kind: 'text', field: 'note', summary: 'a note kept with the record'} as const;

/**
 * Kept literal (`as const`) so that the parser's builders may ask only for the arguments and flags
 * their own entry declares: a wrong name is a compile error (grammar.types.test.ts), not a run-time one.
 */
const TABLE = [
    {
        name: 'help',
        args: [{name: 'command', kind: 'command', optional: true}],
        flags: [],
        summary: 'Show the commands, or one command in detail.',
        examples: ['help', 'help signoff'],
    },
    {
        name: 'add',
        args: [{name: 'plugin-id', kind: 'plugin-id', field: 'plugin'}, {name: 'repo-url', kind: 'url', field: 'repoUrl'}],
        flags: [
            {name: 'name', kind: 'text', field: 'name', summary: 'the display name (default: the plugin id)'},
            {name: 'owner', kind: 'user', repeatable: true, field: 'owners', summary: 'an owner of the plugin; repeat for several (default: you)'},
            {name: 'third-party', kind: 'boolean', summary: 'the plugin uses a third-party service'},
            {name: 'mattermost-owned', kind: 'boolean', summary: 'the plugin is owned by Mattermost'},
        ],
        summary: 'Start tracking a plugin through the community process.',
        examples: [
            'add github https://github.com/mattermost/mattermost-plugin-github --name "GitHub" --owner @alice --third-party',
        ],
    },
    {
        name: 'list',
        args: [],
        flags: [
            {name: 'stage', kind: 'stage', summary: 'only plugins working towards this stage'},
            {name: 'mine', kind: 'boolean', summary: 'only plugins you own or registered'},
            {name: 'waiting-on-me', kind: 'boolean', summary: 'only plugins where it is your move'},
        ],
        summary: 'List tracked plugins.',
        examples: ['list', 'list --stage ci-release', 'list --waiting-on-me'],
    },
    {
        name: 'mine',
        args: [],
        flags: [],
        summary: 'What waits on you across plugins, longest waiting first: how long, and the command that moves it on.',
        examples: ['mine'],
    },
    {
        name: 'status',
        args: [plugin],
        flags: [],
        summary: 'Show a plugin\'s stages, what is missing for the next gate, and whose move it is.',
        examples: ['status github'],
    },
    {
        name: 'check',
        args: [plugin, {name: 'item', kind: 'item-ref'}],
        flags: [],
        summary: 'Check off a sub-step of a checklist item.',
        examples: ['check github basic-review.introduction', 'check github qa-pass.setup-docs'],
    },
    {
        name: 'uncheck',
        args: [plugin, {name: 'item', kind: 'item-ref'}],
        flags: [],
        summary: 'Uncheck a sub-step that was checked by mistake.',
        examples: ['uncheck github basic-review.introduction'],
    },
    {
        name: 'signoff',
        args: [plugin, {name: 'item', kind: 'item'}],
        flags: [
            {name: 'security', kind: 'boolean', summary: 'sign the complete review\'s security slot'},
            note,
            {name: 'substitute', kind: 'text', field: 'substituteReason', summary: 'complete review without the basic reviewer (either slot, asked of whoever signs second): the reason they are not available'},
        ],
        summary: 'Sign off a checklist item (needs the item\'s role).',
        examples: ['signoff github basic-review', 'signoff github complete-review --security --note "no findings"', 'signoff github qa-pass'],
    },
    {
        name: 'withdraw',
        args: [plugin, {name: 'item', kind: 'item'}],
        flags: [
            {name: 'security', kind: 'boolean', summary: 'withdraw the complete review\'s security sign-off'},
            note,
        ],
        summary: 'Withdraw your sign-off.',
        examples: ['withdraw github qa-pass --note "found a regression"'],
    },
    {
        name: 'evidence',
        args: [plugin, {name: 'item', kind: 'item'}, {name: 'field', kind: 'evidence-field'}, {name: 'value', kind: 'value', field: 'value'}],
        flags: [],
        summary: 'Record evidence for an item (a link, a text, a licence id).',
        examples: [
            'evidence github basic-review introduction-post https://community.mattermost.com/core/pl/6dci1ssexjrh9rmdzt4pdpb9zy',
            'evidence github licence spdx Apache-2.0',
            'evidence github pm-ux-review summary "Subscribe channels to GitHub events."',
        ],
    },
    {
        name: 'waive',
        args: [plugin, {name: 'item', kind: 'item-ref'}],
        flags: [{name: 'reason', kind: 'text', required: true, field: 'reason', summary: 'why it does not apply to this plugin'}],
        summary: 'Mark an item or sub-step as not applicable (system admins).',
        examples: ['waive github qa-pass.test-account --reason "the plugin talks to no third-party service"'],
    },
    {
        name: 'release',
        args: [plugin, {name: 'version', kind: 'version', field: 'version'}, {name: 'url', kind: 'url', field: 'url'}],
        flags: [],
        summary: 'Set the release in force (reopens the sign-offs pinned to a release).',
        examples: ['release github v2.1.0 https://github.com/mattermost/mattermost-plugin-github/releases/tag/v2.1.0'],
    },
    {
        name: 'deploy',
        args: [plugin, {name: 'stage', kind: 'stage'}],
        flags: [note],
        summary: 'Record that a plugin was deployed to a stage\'s server (once its gate is met).',
        examples: ['deploy github ci-extensions', 'deploy github community'],
    },
    {
        name: 'history',
        args: [plugin],
        flags: [],
        summary: 'Show every recorded event for a plugin, accepted or rejected and why.',
        examples: ['history github'],
    },
    {
        name: 'check-repo',
        args: [plugin],
        flags: [],
        summary: 'Read the plugin\'s repository on GitHub and check it against the tracker: licence, release, plugin.json, CI workflows. Records nothing.',
        examples: ['check-repo github'],
    },
    {
        name: 'handoff',
        args: [plugin],
        flags: [],
        summary: 'Draft the request to the Integrations team (CI setup, a deployment) for the team\'s integrations channel: what is done, with links, and what is asked. Posts nothing.',
        examples: ['handoff github'],
    },
    {
        name: 'report',
        args: [],
        flags: [],
        summary: 'A table of every tracked plugin: stage, progress, what blocks it, whose move.',
        examples: ['report'],
    },
    {
        name: 'integrity',
        args: [],
        flags: [],
        summary: 'List what was deleted or rewritten in the tracker after posting, and what waits on it.',
        examples: ['integrity'],
    },
    {
        name: 'restore',
        args: [],
        flags: [],
        summary: 'Put back deleted and rewritten posts from the server\'s copies (system admins).',
        examples: ['restore'],
    },
    {
        name: 'accept',
        args: [{name: 'post-id', kind: 'post-ids', field: 'posts'}],
        flags: [{name: 'reason', kind: 'text', required: true, field: 'reason', summary: 'why the loss is accepted (kept in the record)'}],
        summary: 'Accept the loss of posts that cannot be restored, so what waited on them goes ahead (system admins; the post ids are in `integrity`).',
        examples: ['accept 4xg1abcdqpf8jrk5c9x3mz7nty --reason "purged by the data retention policy"'],
    },
    {
        name: 'open',
        args: [{name: 'plugin', kind: 'plugin', optional: true}],
        flags: [],
        summary: 'Open the Plugin Onboard panel, on a plugin if you name one.',
        examples: ['open', 'open github'],
    },
    {
        name: 'setup',
        args: [],
        flags: [{name: 'new', kind: 'boolean', summary: 'start a new, empty tracker instead of the renamed one setup found (system admins)'}],
        summary: 'System admins: create this team\'s tracker channel, or say where it went if it was renamed or archived. For team admins also add /plugin-onboard to autocomplete.',
        examples: ['setup', 'setup --new'],
    },
] as const satisfies readonly SubcommandSpec[];

export const GRAMMAR: readonly SubcommandSpec[] = TABLE;

type EntryOf<N extends SubcommandName> = Extract<typeof TABLE[number], {name: N}>;
/** The argument names subcommand N declares, e.g. `'plugin-id' | 'repo-url'` for `add`. */
export type ArgName<N extends SubcommandName> = EntryOf<N>['args'][number]['name'];
/** The flag names subcommand N declares, without the dashes. */
export type FlagName<N extends SubcommandName> = EntryOf<N>['flags'][number]['name'];

export function specOf(name: SubcommandName): SubcommandSpec {
    const spec = GRAMMAR.find((entry) => entry.name === name);
    if (spec === undefined) {
        // Unreachable: the grammar test proves every name has an entry.
        throw new Error(`no grammar entry for ${name}`);
    }
    return spec;
}

function argUsage(arg: ArgSpec): string {
    const shown = arg.kind === 'item-ref' ? `<${arg.name}>[.<sub-step>]` : arg.kind === 'post-ids' ? `<${arg.name}>…` : `<${arg.name}>`;
    return arg.optional === true ? `[${shown}]` : shown;
}

function flagUsage(flag: FlagSpec): string {
    const value = {boolean: '', text: ' "…"', user: ' @user', stage: ' <stage>'}[flag.kind];
    const shown = `--${flag.name}${value}`;
    const wrapped = flag.required === true ? shown : `[${shown}]`;
    return flag.repeatable === true ? `${wrapped}…` : wrapped;
}

/** The usage line, e.g. `/plugin-onboard deploy <plugin> <stage> [--note "…"]`. */
export function usage(spec: SubcommandSpec): string {
    return [TRIGGER, spec.name, ...spec.args.map(argUsage), ...spec.flags.map(flagUsage)].join(' ');
}

/** For the custom command that puts the trigger into the server's autocomplete: the same names the parser accepts. */
export const AUTOCOMPLETE_HINT = `[${SUBCOMMAND_NAMES.join('|')}] …`;
export const AUTOCOMPLETE_DESCRIPTION = 'Track plugins through the Community server onboarding process';
