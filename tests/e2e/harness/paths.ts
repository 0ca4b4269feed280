// Where the e2e harness finds what `make build` produces.
import {join, resolve} from 'node:path';

export const repoRoot = resolve(__dirname, '..', '..', '..');
export const stagedPluginDir = join(repoRoot, 'dist', 'plugin-onboard');
export const hostPageDir = join(repoRoot, 'local-mattermost', 'host', 'dist');
export const artifactsDir = join(repoRoot, 'tests', 'e2e', 'artifacts');
export const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
