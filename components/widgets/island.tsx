'use client';
// Shows a widget's server-rendered fallback until the widget nears the viewport, then loads the live widget
// in its place; the fallback stays in the DOM for print and for readers without JavaScript.
import { Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

function Ready({ onReady }: { onReady: () => void }) {
  useEffect(onReady, [onReady]);
  return null;
}

export function Island({ fallback, children, name }: { fallback: ReactNode; children: ReactNode; name: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const markReady = useCallback(() => setReady(true), []);

  return (
    <div ref={ref} className="widget my-8" data-widget={name} data-state={ready ? 'live' : 'static'}>
      <div className="widget-fallback">{fallback}</div>
      {near ? (
        <div className="widget-live">
          <Suspense fallback={null}>
            {children}
            <Ready onReady={markReady} />
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}
