import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_UPLOAD_BYTES, type FileResultView } from '@shared/bridge/channels/photos';
import type { PhotoPreset } from '@shared/photos';
import { BridgeCallError, call } from '../../bridge/client';
import { db } from '../../db/db';
import { recordOutputs } from './mediaRecords';
import { chunkBySize, fileToBase64 } from './photoFiles';

export interface StudioItem {
  key: string;
  name: string;
  size: number;
  /** Uploaded through the page; photos picked with the desktop dialog have none (read in place on disk). */
  file?: File;
  stagedId?: string;
  result?: FileResultView;
  /** MediaItem ids of the outputs, once recorded in the database. */
  mediaIds?: string[];
  localError?: 'too-large' | 'upload-failed' | 'staging-full';
}

export type StudioPhase =
  | { kind: 'idle' }
  | { kind: 'uploading'; done: number; total: number }
  | { kind: 'processing'; done: number; total: number; etaMs?: number; cancelling: boolean }
  | { kind: 'finished'; cancelled: boolean; error?: string };

/** One upload request carries at most this much: far below the host's 64 MB limit even after base64. */
const UPLOAD_CHUNK_BYTES = 8 * 1024 * 1024;
/** The brief's polling pace: fresh enough for a progress bar, far too rare to load the page. */
export const POLL_MS = 250;

const newKey = () => crypto.randomUUID();
const newMediaId = () => `med_${crypto.randomUUID()}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The studio's whole flow: files in, staged on the Node side, one job in the worker pool, results polled every
 * 250 ms and recorded as MediaItems as they arrive. Every step awaits, nothing loops on the page's thread.
 */
export function usePhotoStudio(storeId: string | undefined) {
  const [items, setItems] = useState<StudioItem[]>([]);
  const [phase, setPhase] = useState<StudioPhase>({ kind: 'idle' });
  const cancelRequested = useRef(false);
  const jobId = useRef<string | undefined>(undefined);
  const mounted = useRef(true);
  const itemsRef = useRef(items);
  useEffect(() => {
    itemsRef.current = items;
  }, [items]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const patch = useCallback((key: string, change: Partial<StudioItem>) => {
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const addFiles = useCallback((files: readonly File[]) => {
    setItems((list) => [
      ...list,
      ...files.map((file) => ({
        key: newKey(),
        name: file.name,
        size: file.size,
        file,
        ...(file.size > MAX_UPLOAD_BYTES ? { localError: 'too-large' as const } : {}),
      })),
    ]);
  }, []);

  const addStaged = useCallback((staged: readonly { id: string; name: string; bytes: number }[]) => {
    setItems((list) => [
      ...list,
      ...staged.map((s) => ({ key: newKey(), name: s.name, size: s.bytes, stagedId: s.id })),
    ]);
  }, []);

  const remove = useCallback((key: string) => {
    const item = itemsRef.current.find((i) => i.key === key);
    if (item?.stagedId) void call('photos:discard', { stagedIds: [item.stagedId] }).catch(() => undefined);
    setItems((list) => list.filter((i) => i.key !== key));
  }, []);

  const clear = useCallback(() => {
    const stagedIds = itemsRef.current.flatMap((i) => (i.stagedId ? [i.stagedId] : []));
    if (stagedIds.length > 0) void call('photos:discard', { stagedIds }).catch(() => undefined);
    setItems([]);
    setPhase({ kind: 'idle' });
  }, []);

  const upload = useCallback(
    async (pending: StudioItem[]): Promise<void> => {
      const total = pending.reduce((sum, item) => sum + item.size, 0);
      let done = 0;
      setPhase({ kind: 'uploading', done, total });
      for (const chunk of chunkBySize(pending, UPLOAD_CHUNK_BYTES)) {
        if (cancelRequested.current) return;
        try {
          const files = await Promise.all(
            chunk.map(async (item) => ({
              name: item.name,
              bytesBase64: await fileToBase64(item.file as File),
            })),
          );
          const { staged } = await call('photos:stage', { files });
          chunk.forEach((item, i) => {
            item.stagedId = staged[i]?.id;
            patch(item.key, { stagedId: staged[i]?.id });
          });
        } catch (error) {
          const localError =
            error instanceof BridgeCallError && error.code === 'storage-full'
              ? 'staging-full'
              : 'upload-failed';
          chunk.forEach((item) => patch(item.key, { localError }));
        }
        done += chunk.reduce((sum, item) => sum + item.size, 0);
        if (mounted.current) setPhase({ kind: 'uploading', done, total });
      }
    },
    [patch],
  );

  const poll = useCallback(
    async (id: string, byStagedId: Map<string, string>): Promise<void> => {
      let fromIndex = 0;
      for (;;) {
        await sleep(POLL_MS);
        if (!mounted.current) return;
        const view = await call('jobs:get', { jobId: id, fromIndex });
        fromIndex = view.nextIndex;
        // All results of one poll land in one state update: one render per poll, not one per file.
        const arrived = new Map<string, Partial<StudioItem>>();
        for (const result of view.files) {
          const key = byStagedId.get(result.stagedId);
          if (!key) continue;
          const mediaIds = storeId ? await recordOutputs(db, storeId, result, newMediaId) : [];
          arrived.set(key, { result, mediaIds });
        }
        if (arrived.size > 0)
          setItems((list) =>
            list.map((item) => (arrived.has(item.key) ? { ...item, ...arrived.get(item.key) } : item)),
          );
        if (view.state === 'running') {
          setPhase((p) => ({
            kind: 'processing',
            done: view.done,
            total: view.total,
            etaMs: view.etaMs,
            cancelling: p.kind === 'processing' && p.cancelling,
          }));
        } else {
          setPhase({
            kind: 'finished',
            cancelled: view.state === 'cancelled',
            ...(view.error ? { error: view.error } : {}),
          });
          return;
        }
      }
    },
    [storeId],
  );

  const run = useCallback(
    async (preset: PhotoPreset) => {
      cancelRequested.current = false;
      jobId.current = undefined;
      const runnable = itemsRef.current
        .filter((i) => i.localError !== 'too-large')
        .map((i) => ({ ...i, localError: undefined }));
      runnable.forEach((i) =>
        patch(i.key, { result: undefined, mediaIds: undefined, localError: undefined }),
      );
      try {
        await upload(runnable.filter((i) => !i.stagedId && i.file));
        if (cancelRequested.current) return setPhase({ kind: 'finished', cancelled: true });
        const staged = runnable.filter((i) => i.stagedId);
        if (staged.length === 0) return setPhase({ kind: 'finished', cancelled: false });
        const started = await call('photos:start', {
          stagedIds: staged.map((i) => i.stagedId as string),
          presets: [preset],
        });
        jobId.current = started.jobId;
        setPhase({ kind: 'processing', done: 0, total: started.total, cancelling: false });
        await poll(started.jobId, new Map(staged.map((i) => [i.stagedId as string, i.key])));
      } catch (error) {
        setPhase({
          kind: 'finished',
          cancelled: false,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    },
    [patch, poll, upload],
  );

  const cancel = useCallback(() => {
    cancelRequested.current = true;
    setPhase((p) => (p.kind === 'processing' ? { ...p, cancelling: true } : p));
    if (jobId.current) void call('jobs:cancel', { jobId: jobId.current }).catch(() => undefined);
  }, []);

  return { items, phase, addFiles, addStaged, remove, clear, run, cancel };
}

export type PhotoStudioState = ReturnType<typeof usePhotoStudio>;
