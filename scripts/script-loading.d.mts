// Types for script-loading.mjs (the build scripts are plain ES modules; the tests are TypeScript).
export const HINT: string;
export function deferScripts(html: string): { html: string; scripts: string[] };
export function pageScripts(html: string): string[];
export function withCompileHint(source: string): string;
