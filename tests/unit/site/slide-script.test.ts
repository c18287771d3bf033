// The early slide script's map: which slide holds each heading, so a link to a ### subsection opens its ## slide
// before the deck is parsed.
import { describe, expect, it } from 'vitest';
import { slideOfHeadings } from '@/components/slides/slide-script';

describe('slideOfHeadings', () => {
  it('maps ## headings to themselves and ### headings to the ## before them', () => {
    const headings = [
      { depth: 2, id: 'a' },
      { depth: 3, id: 'a-1' },
      { depth: 3, id: 'a-2' },
      { depth: 2, id: 'b' },
      { depth: 3, id: 'b-1' },
    ];
    expect(slideOfHeadings(headings, ['title', 'intro', 'a', 'b', 'references'])).toEqual({
      title: 'title',
      intro: 'intro',
      a: 'a',
      'a-1': 'a',
      'a-2': 'a',
      b: 'b',
      'b-1': 'b',
      references: 'references',
    });
  });

  it('puts a ### heading before any ## into the intro', () => {
    expect(slideOfHeadings([{ depth: 3, id: 'early' }], ['title', 'intro'])).toMatchObject({ early: 'intro' });
  });
});
