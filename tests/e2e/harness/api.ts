// REST access as a seeded user from the test process, for setting up data without clicking:
// the real Client4 with token auth (as mmctl or a bot would call the server).
import {Client4} from '@mattermost/client';

import {SEED_PASSWORD} from './actions';
import type {Stack} from './stack';

export async function apiAs(stack: Stack, username: string): Promise<Client4> {
    const client = new Client4();
    client.setUrl(stack.url);
    await client.login(username, SEED_PASSWORD);
    return client;
}
