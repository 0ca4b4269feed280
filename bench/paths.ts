// Where `make build` leaves what the bench measures.
import path from 'node:path';

export const REPO = path.resolve(__dirname, '..');
export const MAIN_JS = path.join(REPO, 'webapp/dist/main.js');
export const RESULTS_JSON = path.join(REPO, 'bench/results.json');
