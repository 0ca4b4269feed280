// Webpack replaces assignments to this free variable with its run-time public path setting.
declare let __webpack_public_path__: string;

// A stylesheet, imported as its minified text (scripts/css/webpack_loader.js; jest: jest_transform.js).
declare module '*.css' {
    const css: string;
    export default css;
}
