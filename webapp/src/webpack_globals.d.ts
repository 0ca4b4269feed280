// Webpack replaces assignments to this free variable with its run-time public path setting.
declare let __webpack_public_path__: string;
