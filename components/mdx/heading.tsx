// Section headings with their copy-link anchor; ids come from the MDX ({#id}).
import type { ReactNode } from 'react';
import { CopyLink } from '@/components/layout/copy-link';

export function Heading({ level, id, children, labels }: { level: 2 | 3; id?: string; children?: ReactNode; labels: { copy: string; copied: string } }) {
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag id={id} className="group">
      {children}
      {id ? <CopyLink id={id} label={labels.copy} copiedLabel={labels.copied} /> : null}
    </Tag>
  );
}
