/** Charset handling: declared, mis-declared and undeclared legacy encodings. */
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml } from '../../core/decode';

const body = '<p>2024年，全市新增市场主体2.3万户，办结率达99.69%。江门市工业和信息化局</p>';
const gbk = (s: string) => {
  // Node's TextEncoder only writes UTF-8; build GBK bytes through a decoder round trip table.
  const out: number[] = [];
  const dec = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else out.push(...(table.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(out);
};

describe('decodeHtml', () => {
  it('reads the declared charset', () => {
    expect(declaredCharset(new TextEncoder().encode('<meta charset="GB2312">'))).toBe('gb2312');
    expect(
      declaredCharset(new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=gbk" />')),
    ).toBe('gbk');
  });

  it('decodes a GB2312-declared GBK page', () => {
    const bytes = gbk(`<html><head><meta charset="gb2312"></head><body>${body}</body></html>`);
    const d = decodeHtml(bytes);
    expect(d.via).toBe('declared');
    expect(d.html).toContain(body);
  });

  it('reads a page that declares GB2312 but is UTF-8', () => {
    const bytes = new TextEncoder().encode(`<html><head><meta charset="gb2312"></head><body>${body}</body></html>`);
    const d = decodeHtml(bytes);
    expect(d.charset).toBe('utf-8');
    expect(d.html).toContain(body);
  });

  it('detects an undeclared GBK page', () => {
    const long = `<html><body>${body.repeat(20)}</body></html>`;
    const d = decodeHtml(gbk(long));
    expect(d.via).not.toBe('utf-8-valid');
    expect(d.html).toContain(body);
  });

  it('honours a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)]);
    expect(decodeHtml(bytes).html).toBe(body);
  });
});
