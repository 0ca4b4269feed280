// Types for minify.js (plain CommonJS, so that webpack and jest load it without a compile step).
export function minifyCss(source: string): string;
