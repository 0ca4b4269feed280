// The browser e2e harness: a local Mattermost with the staged plugin, Chromium, and user steps.
export {startStack, type Stack, type StackOptions} from './stack';
export {launchBrowser, newUserContext, type UserSession} from './browser';
export {closeRhs, cssVariable, hostReport, loginAs, openAppBarItem, openChannel, postError, posts, screenshot, SEED_PASSWORD, switchTheme, TEAM, textbox, typeMessage, waitForPlugins} from './actions';
export {FIXTURE_PLUGIN_ID, stageFixturePlugin} from './fixture';
export {artifactsDir, hostPageDir, repoRoot, stagedPluginDir} from './paths';
export {poll} from './poll';
export {apiAs} from './api';
