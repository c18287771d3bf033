// An inline citation, numbered at compile time in order of first use; it links to the reference list.
export function Cite({ id, n }: { id: string; n?: string }) {
  return (
    <sup>
      <a href={`#ref-${id}`} data-cite={id}>
        [{n ?? '?'}]
      </a>
    </sup>
  );
}
