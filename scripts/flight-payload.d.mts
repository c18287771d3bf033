// Types for flight-payload.mjs (the build scripts are plain ES modules; the tests are TypeScript).
export interface Row {
  id: string;
  tag: string;
  data: Uint8Array;
  length: boolean;
}
export function parseRows(bytes: Uint8Array): Row[];
export function serializeRows(rows: Row[]): Uint8Array;
export function dropStaticHtml(payload: string, inPage: (html: string) => boolean): { payload: string; removed: number };
export function slimPage(html: string): { html: string; removed: number };
