// Well-formed drafts for tests of the state layer (against the in-memory and the local Mattermost).
import type {EventDraft} from '../../domain/events';

export function registrationDraft(plugin: string, owners: readonly string[]): EventDraft {
    return {
        type: 'plugin.registered', plugin, name: `Plugin ${plugin}`, repoUrl: `https://github.com/example/${plugin}`,
        owners: [...owners], thirdPartyService: false, mattermostOwned: false,
    };
}

export function evidenceDraft(plugin: string, value: string): EventDraft {
    return {type: 'evidence.set', plugin, item: 'basic-review', field: 'introduction-post', value};
}

export function policyDraft(roles: {core?: string[]; qa?: string[]; pm?: string[]; integrations?: string[]}): EventDraft {
    return {
        type: 'policy.set',
        roles: {'core-committer': roles.core ?? [], qa: roles.qa ?? [], pm: roles.pm ?? [], integrations: roles.integrations ?? []},
        licences: ['MIT', 'Apache-2.0'],
        environments: {
            'ci-extensions': 'https://ci-extensions.example.com',
            'ci-extensions-release': 'https://ci-extensions-release.example.com',
            community: 'https://community.example.com',
        },
    };
}
