/** Save text, bytes or a list of parts as a file through a temporary object URL. */
export function download(name: string, data: string | Uint8Array | BlobPart[], type: string): void {
  const blob = new Blob(Array.isArray(data) ? data : [data as BlobPart], { type });
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
