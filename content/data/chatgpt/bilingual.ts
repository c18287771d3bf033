// Checks for the chatgpt chapter's bilingual data modules, run when a module loads: a missing translation, an
// English text with Chinese in it (or the reverse), or a repeated id fails the build with the place named.

export interface Text {
  readonly en: string;
  readonly zh: string;
}

const han = /\p{Script=Han}/u;

export function assertText(text: Text, where: string): void {
  if (typeof text.en !== 'string' || text.en.trim() === '') throw new RangeError(`${where}.en must be a non-empty string`);
  if (typeof text.zh !== 'string' || text.zh.trim() === '') throw new RangeError(`${where}.zh must be a non-empty string`);
  if (han.test(text.en)) throw new RangeError(`${where}.en contains Chinese characters: ${text.en}`);
  if (!han.test(text.zh)) throw new RangeError(`${where}.zh has no Chinese characters: ${text.zh}`);
}

export function assertUniqueIds(items: readonly { readonly id: string }[], where: string): void {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new RangeError(`${where}: id "${id}" must be lower-case letters, digits and hyphens`);
    if (seen.has(id)) throw new RangeError(`${where}: id "${id}" is repeated`);
    seen.add(id);
  }
}
