/**
 * Fetching a report file at the reader's request: from a gov.cn site (the extension's host
 * permission), or from another host once the reader grants it (the optional permission, asked
 * for at that moment). A slow or huge download ends with a reason, never a hang.
 */
import { browser } from 'wxt/browser';
import { MAX_FILE_BYTES } from '../../files/read';

/** Why a file could not be fetched. */
export type FetchFailure =
  | { code: 'permission'; origin: string }
  | { code: 'http'; status: number }
  | { code: 'network' }
  | { code: 'timeout' }
  | { code: 'too-large' }
  | { code: 'scheme' };

export class FetchError extends Error {
  constructor(readonly failure: FetchFailure) {
    super(failure.code);
  }
}

/** The permission pattern for a file's host. */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

/** Whether the extension may read files from `url`'s host. */
export async function mayFetch(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}

/** Ask for the host (must be called from a click). */
export async function askToFetch(url: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}

/** Download the file's bytes, reporting progress in bytes. */
export async function fetchFile(
  url: string,
  onProgress: (received: number, total: number | null) => void = () => {},
  timeoutMs = 60_000,
): Promise<Uint8Array> {
  if (!/^https?:/i.test(url)) throw new FetchError({ code: 'scheme' });
  if (!(await mayFetch(url))) throw new FetchError({ code: 'permission', origin: new URL(url).origin });
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetch(url, { signal: abort.signal, credentials: 'include' });
    } catch {
      throw new FetchError(abort.signal.aborted ? { code: 'timeout' } : { code: 'network' });
    }
    if (!res.ok) throw new FetchError({ code: 'http', status: res.status });
    const total = Number(res.headers.get('content-length')) || null;
    if (total && total > MAX_FILE_BYTES) throw new FetchError({ code: 'too-large' });
    const reader = res.body?.getReader();
    if (!reader) return new Uint8Array(await res.arrayBuffer());
    const chunks: Uint8Array[] = [];
    let received = 0;
    for (;;) {
      let step: ReadableStreamReadResult<Uint8Array>;
      try {
        step = await reader.read();
      } catch {
        throw new FetchError(abort.signal.aborted ? { code: 'timeout' } : { code: 'network' });
      }
      if (step.done) break;
      chunks.push(step.value);
      received += step.value.length;
      if (received > MAX_FILE_BYTES) {
        abort.abort();
        throw new FetchError({ code: 'too-large' });
      }
      onProgress(received, total);
    }
    const bytes = new Uint8Array(received);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    return bytes;
  } finally {
    clearTimeout(timer);
  }
}
