// REST access as a seeded user from the test process, for setting up data without clicking:
// the real Client4 with token auth (as mmctl or a bot would call the server).
import type {Client4} from '@mattermost/client';

import {loginSeeded} from '../../../local-mattermost/server/index';

import type {Stack} from './stack';

export async function apiAs(stack: Stack, username: string): Promise<Client4> {
    return (await loginSeeded(stack.url, username)).client;
}
