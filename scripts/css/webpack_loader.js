// webpack: `import css from './x.css'` gives the sheet as a minified string (the plugin injects it
// into <head> itself; the host page has no CSS pipeline for plugins).
'use strict';
const {minifyCss} = require('./minify');

module.exports = function cssStringLoader(source) {
    return `export default ${JSON.stringify(minifyCss(source))};`;
};
