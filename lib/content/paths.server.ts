// Where the content lives on disk at build time.
import path from 'node:path';

export const contentRoot = path.join(process.cwd(), 'content');
