// jest: the same minified string as the build ships (scripts/css/webpack_loader.js).
'use strict';
const {minifyCss} = require('./minify');

module.exports = {
    process(source) {
        return {code: `Object.defineProperty(exports, '__esModule', {value: true}); exports.default = ${JSON.stringify(minifyCss(source))};`};
    },
};
