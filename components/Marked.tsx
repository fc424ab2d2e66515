/**
 * Text with figures, reader highlights and search matches marked — rendered as Preact nodes
 * from plain text (never as HTML).
 */
import type { ComponentChildren } from 'preact';

/** A span to mark inside `text`. */
export interface Mark {
  start: number;
  end: number;
  cls: string;
  title?: string;
}

/** `text` with non-overlapping `marks`; where marks overlap, the one listed first wins. */
export function Marked({ text, marks }: { text: string; marks: Mark[] }) {
  const accepted: Mark[] = [];
  for (const m of marks) {
    if (m.end <= m.start || m.end > text.length) continue;
    if (accepted.every((a) => m.end <= a.start || m.start >= a.end)) accepted.push(m);
  }
  const sorted = accepted.sort((a, b) => a.start - b.start);
  const out: ComponentChildren[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at || m.end > text.length || m.end <= m.start) continue;
    out.push(text.slice(at, m.start));
    out.push(
      <mark class={m.cls} title={m.title} key={`${m.start}-${m.cls}`}>
        {text.slice(m.start, m.end)}
      </mark>,
    );
    at = m.end;
  }
  out.push(text.slice(at));
  return <>{out}</>;
}
