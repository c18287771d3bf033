'use client';
// Commands to a sliced engine, numbered so the page can tell the engine's answer to the reader's last command
// from frames that were already on their way (a frame sent just before "pause" still says "playing").
import { useCallback, useRef, useState, type RefObject } from 'react';
import type { WorkerClient } from './worker-client';

export function useAckedCommands<C extends { seq?: number }>(client: RefObject<WorkerClient<C> | null>) {
  const [synced, setSynced] = useState(false);
  const sent = useRef(0);
  /** Sends a reader's command with the next number; until the engine answers it, `synced` is false. */
  const command = useCallback(
    (c: C) => {
      sent.current += 1;
      setSynced(false);
      client.current?.send({ ...c, seq: sent.current });
    },
    [client],
  );
  /** Call with each frame's `ack`: true when the frame answers the last command sent. */
  const answered = useCallback((ack: number) => {
    const current = ack === sent.current;
    setSynced(current);
    return current;
  }, []);
  return { command, answered, synced };
}
