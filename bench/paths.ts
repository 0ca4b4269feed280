// Where `make build` leaves what the bench measures.
import path from 'node:path';

export const REPO = path.resolve(__dirname, '..');
export const MAIN_JS = path.join(REPO, 'webapp/dist/main.js');
export const CHUNK_DIR = path.join(REPO, 'webapp/dist/public');
/** The staged bundle (plugin.json, webapp/dist/main.js, assets/, public/): what the local Mattermost serves. */
export const STAGE = path.join(REPO, 'dist/plugin-onboard');
export const HOST_PAGE_DIR = path.join(REPO, 'local-mattermost/host/dist');
export const RESULTS_JSON = path.join(REPO, 'bench/results.json');
