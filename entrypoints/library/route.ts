/** The library's views and the deep links that open them. */

/** What the library shows. */
export type View =
  | { kind: 'list' }
  | { kind: 'clip'; id: string; at?: number; from?: View['kind'] }
  | { kind: 'figures'; indicator?: string }
  | { kind: 'disclosure' };

/**
 * The view a deep link asks for: ?view=figures|disclosure, ?view=chart&indicator=<indicator>,
 * ?clip=<id>[&at=<offset>], ?q=<search>.
 */
export function viewFromUrl(search: string): { view: View; query: string } {
  const p = new URLSearchParams(search);
  const query = p.get('q') ?? '';
  const clip = p.get('clip');
  if (clip) {
    const at = Number(p.get('at'));
    return { view: { kind: 'clip', id: clip, ...(Number.isFinite(at) && p.has('at') ? { at } : {}) }, query };
  }
  const v = p.get('view');
  if (v === 'chart') return { view: { kind: 'figures', indicator: p.get('indicator') ?? '' }, query };
  if (v === 'figures' || v === 'disclosure') return { view: { kind: v }, query };
  return { view: { kind: 'list' }, query };
}
