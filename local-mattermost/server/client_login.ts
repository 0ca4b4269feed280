// Logging in as a seeded account with the real Client4, for node-side callers (contract tests,
// the e2e harness, the demo, the bench). Login answers with the user, so no getMe() is needed.
import {Client4} from '@mattermost/client';
import type {UserProfile} from '@mattermost/types/users';

import {seedPassword} from './seed_accounts';

export interface LoggedIn {
    client: Client4;
    me: UserProfile;
}

export async function loginSeeded(url: string, username: string): Promise<LoggedIn> {
    const client = new Client4();
    client.setUrl(url);
    const me = await client.login(username, seedPassword);
    return {client, me};
}
