// main.js is downloaded and run by every user on every page load, so its size is the figure
// that matters most; the starter template's empty main.js is the bar to beat.
import fs from 'node:fs';

import {measured, notMeasured, type Figure, type FigureGroup, type FigureSpec} from './figure';
import {gzip9File} from './gzip_size';
import {MAIN_JS} from './paths';

export const STARTER_TEMPLATE_MAIN_GZIP = 9552;

export const mainJsSpec: FigureSpec = {
    key: 'main_js_gzip',
    label: 'main.js, gzip -9',
    unit: 'B',
    budget: {op: '<=', limit: 8 * 1024},
};

export const bundleSizeGroup: FigureGroup = {
    name: 'bundle size',
    specs: [mainJsSpec],
    measure(): Promise<Figure[]> {
        if (!fs.existsSync(MAIN_JS)) {
            return Promise.resolve([notMeasured(mainJsSpec, 'webapp/dist/main.js is missing: run `make build`')]);
        }
        const bytes = gzip9File(MAIN_JS);
        const ratio = bytes / STARTER_TEMPLATE_MAIN_GZIP;
        const raw = fs.statSync(MAIN_JS).size;
        return Promise.resolve([measured(mainJsSpec, bytes, `${ratio.toFixed(2)}× the empty starter template's ${STARTER_TEMPLATE_MAIN_GZIP} B; ${raw} B before gzip`)]);
    },
};
