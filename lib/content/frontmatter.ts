// The schema every chapter's frontmatter must satisfy; a bad field fails the build with file and field named.
import { z } from 'zod';

export const frontmatterSchema = z
  .object({
    title: z.string().trim().min(1),
    summary: z.string().trim().min(1),
    description: z.string().trim().min(1).max(200),
    order: z.number().int().min(1),
  })
  .strict();

export type Frontmatter = z.infer<typeof frontmatterSchema>;

export class ContentError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ContentError';
  }
}

export function parseFrontmatter(data: unknown, file: string): Frontmatter {
  const result = frontmatterSchema.safeParse(data ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(frontmatter)';
    return `frontmatter field "${field}": ${issue.message}`;
  });
  throw new ContentError(file, problems.join('; '));
}
