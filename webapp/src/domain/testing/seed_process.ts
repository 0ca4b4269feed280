// The facts of the community process that the process definition is checked against, copied
// verbatim from the seed (shared/seed/community_process.md). The seed lives beside the checkout,
// not in it, so a fresh clone checks the definition against this copy; where the seed is present,
// process.test.ts also checks this copy against the seed, so the two cannot drift apart unnoticed.
import type {ItemKey, RoleKey} from '../process_types';

/** Each "Deploy to …" heading of the checklist and its bullets, in the seed's order and words. */
export const SEED_CHECKLIST: readonly {readonly heading: string; readonly bullets: readonly string[]}[] = [
    {
        heading: 'Deploy to ci-extensions',
        bullets: [
            '[Basic Code Review](#basic-code-review) passed',
            '[CI system setup](#ci-system-setup) to build master',
            'Has a [compatible licence](#compatible-licence).',
        ],
    },
    {
        heading: 'Deploy to ci-extensions-release',
        bullets: [
            'Complete code review by two core committers. One focused on security.',
            '[QA pass](#qa-pass)',
            '[PM/UX review](#pmux-review)',
            'Release created and [CI system setup](#ci-system-setup) to build releases',
        ],
    },
    {
        heading: 'Deploy to community.mattermost.com',
        bullets: [
            'QA pass on ci-extensions-release of the release to deploy.',
        ],
    },
];

/** The "Steps involved" bullets of the step definitions that have them. */
export const SEED_STEPS_INVOLVED: readonly {readonly heading: string; readonly steps: readonly string[]}[] = [
    {
        heading: 'QA pass',
        steps: [
            'Ensure all setup documentation needed is clear and can be successfully followed.',
            'Dedicated instance or test account to access and test the third-party service, if applicable.',
            'Functional testing has been done to ensure the integration works as expected.',
            'For plugins owned by Mattermost, release testing is added to cover the main functionality of the plugin.',
        ],
    },
    {
        heading: 'PM/UX review',
        steps: [
            'Create a one paragraph summary of the integration.',
            'Document the main use cases in bullet form.',
            'Review the primary use cases and run through them to ensure they are complete, clear, and functional.',
            'Ensure there is documentation to support the plugin. This may include having sufficient helper text in the plugin.',
            'Consider if communication to other teams or users is required as part of the rollout to our Community server.',
        ],
    },
];

/** The bullets under "Recommended licences", in order. */
export const SEED_LICENCES: readonly string[] = ['Apache Licence 2.0', 'MIT', 'BSD 2-clause', 'BSD 3-clause'];

/** The test servers the seed names for master and for release testing. */
export const SEED_ENVIRONMENTS: readonly string[] = [
    'https://ci-extensions.azure.k8s.mattermost.com/',
    'https://ci-extensions-release.azure.k8s.mattermost.com/',
];

/**
 * Who signs, where the seed names them: the seed's own phrase, and the role of each sign-off slot
 * it implies, in slot order. Items the seed is silent on are left out (process.ts says what we chose).
 */
export const SEED_SIGNERS: readonly {readonly item: ItemKey; readonly phrase: string; readonly roles: readonly RoleKey[]}[] = [
    {item: 'basic-review', phrase: 'involves a quick review by a [core committer]', roles: ['core-committer']},
    {item: 'complete-review', phrase: 'Complete code review by two core committers. One focused on security.', roles: ['core-committer', 'core-committer']},
    {item: 'qa-pass', phrase: 'getting a member of our QA team', roles: ['qa']},
    {item: 'pm-ux-review', phrase: 'getting PM support', roles: ['pm']},
];
