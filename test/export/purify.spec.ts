// @vitest-environment jsdom
/**
 * A backup is a file from anywhere: its clips' HTML (and their versions') is sanitised on import
 * by the same rule as a save, so nothing it holds runs in the library or leaves in an export.
 */
import { describe, expect, it } from 'vitest';
import { purifyBackup, purifyClipHtml } from '../../components/purify';
import type { Backup } from '../../export/backup';
import { makeClips } from '../helpers/clips';

const EVIL =
  '<p>全年受理案件12件</p><img src=x onerror=alert(1)><script>alert(1)</script><svg onload=alert(1)></svg><p onclick="x()">正文</p>';

describe('sanitising clip HTML', () => {
  it('keeps text structure and drops scripts, handlers and media', () => {
    const out = purifyClipHtml(EVIL);
    expect(out).toBe('<p>全年受理案件12件</p><p>正文</p>');
  });

  it('sanitises every clip and version of an imported backup', () => {
    const [clip] = makeClips(1);
    const backup = {
      format: 'govlens-backup',
      version: 1,
      exportedAt: '2026-01-01T00:00:00Z',
      clips: [{ ...clip, html: EVIL }],
      versions: [{ clipId: clip.id, version: 1, savedAt: '2025-01-01T00:00:00Z', snapshot: { ...clip, html: EVIL } }],
      highlights: [],
    } as unknown as Backup;
    const clean = purifyBackup(backup);
    expect(clean.clips[0].html).toBe('<p>全年受理案件12件</p><p>正文</p>');
    expect(clean.versions[0].snapshot.html).toBe('<p>全年受理案件12件</p><p>正文</p>');
    expect(clean.clips[0].text).toBe(clip.text);
  });
});
