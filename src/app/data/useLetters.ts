import { useEffect, useState } from 'react';
import type { LetterDocument } from '../../pipeline/types';
import type { AtlasData } from './model';

export interface LettersState {
  /** The letters asked for, in order, once every one is in; null while one is still coming. */
  docs: LetterDocument[] | null;
  /** A file could not be fetched (offline) or was damaged; `retry` tries again. */
  failed: boolean;
  retry(): void;
}

/**
 * Letters by id: at once when they are in (the one the first view loaded, or one fetched
 * before), else fetched from their files (letters/<id>.json), with a retry when that fails.
 */
export function useLetters(data: AtlasData | undefined, ids: readonly (string | undefined)[]): LettersState {
  const [, settled] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const [failedKey, setFailedKey] = useState<string | null>(null);
  const key = ids.join(',');
  const find = (id: string | undefined) => (id ? (data?.letters.documents.find((d) => d.meta.id === id) ?? data?.letter?.get(id)) : undefined);
  const docs = ids.map(find);
  const missing = !data || docs.some((d) => !d);

  useEffect(() => {
    const files = data?.letter;
    if (!missing || !files || ids.some((id) => !id)) return;
    let live = true;
    Promise.all(ids.map((id) => files.load(id!))).then(
      () => live && settled((n) => n + 1),
      () => live && setFailedKey(key),
    );
    return () => {
      live = false;
    };
    // `key` stands for `ids`; a retry bumps `attempt`.
  }, [data, key, missing, attempt]); // eslint-disable-line react-hooks/exhaustive-deps

  return {
    docs: missing ? null : (docs as LetterDocument[]),
    failed: failedKey === key,
    retry: () => {
      setFailedKey(null);
      setAttempt((n) => n + 1);
    },
  };
}
