// Types for compile-hints.mjs (the build scripts are plain ES modules; the tests are TypeScript).
export const HINT: string;
export function loadTimeScripts(html: string): string[];
export function withCompileHint(source: string): string;
