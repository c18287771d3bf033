'use client';
// A widget's settings mirrored in the page URL under its own namespace, with problems reported, not thrown.
import { useCallback, useEffect, useState } from 'react';
import { defaults, readParams, writeParams, type ParamProblem, type Schema, type Values } from '@/lib/url-state';

export function useUrlState<S extends Schema>(namespace: string, schema: S) {
  const [values, setValues] = useState<Values<S>>(() => defaults(schema));
  const [problems, setProblems] = useState<ParamProblem[]>([]);

  useEffect(() => {
    const read = readParams(window.location.search, namespace, schema);
    setValues(read.values);
    setProblems(read.problems);
  }, [namespace, schema]);

  const update = useCallback(
    (patch: Partial<Values<S>>) => {
      setValues((old) => {
        const next = { ...old, ...patch };
        const search = writeParams(window.location.search, namespace, schema, next);
        window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
        return next;
      });
    },
    [namespace, schema],
  );

  const linkToSetting = useCallback(
    (sectionId?: string) => {
      const hash = sectionId ? `#${sectionId}` : window.location.hash;
      return `${window.location.origin}${window.location.pathname}${window.location.search}${hash}`;
    },
    [],
  );

  return { values, update, problems, linkToSetting };
}
