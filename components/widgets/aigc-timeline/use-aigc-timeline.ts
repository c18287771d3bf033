'use client';
// State of the timeline: the modality and stage filters (in the URL query), the open event (from the URL
// hash when it names one, then from clicks and arrow keys), and the events that remain visible.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { filterEvents, isModality, isStage, stepId, type LocalEvent, type Modality, type Stage, type Step } from '@/lib/history/timeline';
import { useUrlState } from '../use-url-state';
import { NAMESPACE, timelineSchema } from './schema';

function hashId(): string {
  try {
    return decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return '';
  }
}

export function useAigcTimeline(events: readonly LocalEvent[], onDeepLink: () => void) {
  const { values, update, problems, linkToSetting } = useUrlState(NAMESPACE, timelineSchema);
  const modality: Modality | 'all' = isModality(values.modality) ? values.modality : 'all';
  const stage: Stage | 'all' = isStage(values.stage) ? values.stage : 'all';
  const ids = useMemo(() => new Set(events.map((e) => e.id)), [events]);
  // The live widget is never rendered on the server, so the hash can be read while initialising.
  const [chosen, setChosen] = useState<string | null>(() => (ids.has(hashId()) ? hashId() : null));

  const visible = useMemo(() => filterEvents(events, { modality, stage }), [events, modality, stage]);
  const visibleIds = useMemo(() => visible.map((e) => e.id), [visible]);
  const selectedId = chosen !== null && visibleIds.includes(chosen) ? chosen : (visibleIds[0] ?? null);
  const selected = visible.find((e) => e.id === selectedId) ?? null;
  const index = selectedId === null ? -1 : visibleIds.indexOf(selectedId);

  // A link to an event wins over a filter that would hide it: the filter is cleared so the card opens.
  useEffect(() => {
    const reveal = (id: string) => {
      const event = events.find((e) => e.id === id);
      const current = new URLSearchParams(window.location.search);
      const m = current.get(`${NAMESPACE}.modality`) ?? 'all';
      const s = current.get(`${NAMESPACE}.stage`) ?? 'all';
      if (event && ((m !== 'all' && !event.modalities.includes(m as Modality)) || (s !== 'all' && event.stage !== s))) {
        update({ modality: 'all', stage: 'all' });
      }
      onDeepLink();
    };
    const onHash = () => {
      const id = hashId();
      if (!ids.has(id)) return;
      setChosen(id);
      reveal(id);
    };
    const initial = hashId();
    if (ids.has(initial)) reveal(initial);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [events, ids, update, onDeepLink]);

  const step = useCallback((how: Step) => stepId(visibleIds, selectedId, how), [visibleIds, selectedId]);

  return {
    modality,
    stage,
    visible,
    total: events.length,
    selected,
    selectedId,
    isFirst: index <= 0,
    isLast: index === visibleIds.length - 1,
    problems,
    step,
    select: setChosen,
    setModality: (next: Modality | 'all') => update({ modality: next }),
    setStage: (next: Stage | 'all') => update({ stage: next }),
    linkToEvent: () => linkToSetting(selectedId ?? undefined),
  };
}
