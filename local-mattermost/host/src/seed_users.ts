// The local Mattermost's seeded accounts (local-mattermost/server seed), offered by the user switcher.
export const SEEDED_USERNAMES = ['admin', 'alice', 'bob', 'carol-qa', 'dave-pm', 'erin-integrations', 'frank-core', 'grace-core'] as const;
export const SEEDED_PASSWORD = 'demo-password';
