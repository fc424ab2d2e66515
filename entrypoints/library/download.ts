/** Save a string or bytes as a file through a temporary object URL. */
export function download(name: string, data: string | Uint8Array, type: string): void {
  const blob = new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A date stamp for file names: 2025-03-01. */
export function stamp(d = new Date()): string {
  return d.toISOString().slice(0, 10);
}
