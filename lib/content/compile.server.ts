// Compiles one MDX chapter at build time; this function owns the remark/rehype plugin list.
import { createHash } from 'node:crypto';
import { bundleMDX } from 'mdx-bundler';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { ContentError, parseFrontmatter, type Frontmatter } from './frontmatter';
import { remarkGlossaryLinks, type GlossaryTerm } from './glossary-links';
import { escapeHeadingIds, remarkHeadingIds, type HeadingInfo } from './heading-ids';
import { rehypeCitations, rehypeFailOnKatexError, rehypeFocusableScrollers, rehypeSections, rehypeStaticHtml, remarkCitations, remarkCollectLinks } from './mdx-plugins';

export interface CompiledChapter {
  code: string;
  frontmatter: Frontmatter;
  headings: HeadingInfo[];
  /** Bibliography ids in order of first citation; citation n is cited[n - 1]. */
  cited: string[];
  links: string[];
  /** The `data-section` of each wrapped section in order: 'intro' (if any) and every `##` id. */
  sections: string[];
}

export interface CompileOptions {
  /** Path shown in error messages, e.g. content/en/gan.mdx. */
  file: string;
  knownReferences: ReadonlySet<string>;
  /** Glossary terms in the chapter's language; the first use of each is linked to its entry. */
  glossaryTerms?: readonly GlossaryTerm[];
}

const cache = new Map<string, Promise<CompiledChapter>>();
const COMPILER_VERSION = 'mdx-bundler-10.1.1/katex-0.16.47/v4';

export function compileChapter(source: string, options: CompileOptions): Promise<CompiledChapter> {
  const key = createHash('sha256')
    .update(COMPILER_VERSION)
    .update(options.file)
    .update(source)
    .update([...options.knownReferences].sort().join(','))
    .update(JSON.stringify(options.glossaryTerms ?? []))
    .digest('hex');
  let pending = cache.get(key);
  if (!pending) {
    pending = compileUncached(source, options);
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

async function compileUncached(source: string, options: CompileOptions): Promise<CompiledChapter> {
  const { file } = options;
  const headings: HeadingInfo[] = [];
  const cited: string[] = [];
  const links: string[] = [];
  const sections: string[] = [];
  let result;
  try {
    result = await bundleMDX({
      source: escapeHeadingIds(source),
      mdxOptions(mdx) {
        mdx.remarkPlugins = [
          ...(mdx.remarkPlugins ?? []),
          remarkGfm,
          remarkMath,
          remarkHeadingIds({ file, headings }),
          remarkCitations({ file, known: options.knownReferences, cited }),
          remarkGlossaryLinks({ terms: options.glossaryTerms ?? [] }),
          remarkCollectLinks({ links }),
        ];
        mdx.rehypePlugins = [...(mdx.rehypePlugins ?? []), [rehypeKatex, { output: 'htmlAndMathml' }],
          rehypeFailOnKatexError({ file }),
          rehypeCitations(),
          rehypeSections({ sections }),
          rehypeFocusableScrollers(),
          // Last: it folds plain elements into HTML strings, so they must be final.
          rehypeStaticHtml(),
        ];
        return mdx;
      },
      esbuildOptions(esbuild) {
        esbuild.minify = true;
        esbuild.target = ['es2022'];
        return esbuild;
      },
    });
  } catch (error) {
    throw toContentError(error, file);
  }
  if (result.errors.length > 0) throw new ContentError(file, result.errors.map((e) => e.text).join('; '));
  const frontmatter = parseFrontmatter(result.frontmatter, file);
  return { code: result.code, frontmatter, headings, cited, links, sections };
}

function toContentError(error: unknown, file: string): ContentError {
  if (error instanceof ContentError) return error;
  const withErrors = error as { errors?: { text?: string; location?: { line?: number }; detail?: unknown }[] };
  const first = withErrors.errors?.[0];
  const inner = first?.detail instanceof ContentError ? first.detail : null;
  if (inner) return inner;
  if (first?.text) {
    const line = first.location?.line ? ` (line ${first.location.line})` : '';
    return new ContentError(file, `${first.text}${line}`);
  }
  return new ContentError(file, error instanceof Error ? error.message : String(error));
}
