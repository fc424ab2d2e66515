/**
 * Bytes → HTML string. Order: byte-order mark; valid UTF-8 (pages that declare GB2312 but are
 * UTF-8 are common, and GBK text is practically never valid UTF-8); the declared charset
 * (<meta charset>, http-equiv); detection with chardet for undeclared legacy pages.
 */
import chardet from 'chardet';

/** Result of decoding, with how the charset was chosen. */
export interface Decoded {
  html: string;
  charset: string;
  via: 'bom' | 'utf-8-valid' | 'declared' | 'detected' | 'fallback';
}

/** Legacy labels mapped to the decoder that reads them best (GB18030 is a superset of GB2312/GBK). */
const ALIASES: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  gb18030: 'gb18030',
  'iso-8859-1': 'windows-1252',
  ascii: 'windows-1252',
  'us-ascii': 'windows-1252',
  big5: 'big5',
  'big5-hkscs': 'big5',
};

/** The charset a page declares in its first 4 KB (HTML's prescan), lower-cased, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/**
 * Nearly all multi-byte sequences are well-formed UTF-8 (GBK text almost never is): at least 50
 * valid sequences and at most one invalid byte in a hundred.
 */
export function mostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = b >= 0xf0 && b < 0xf5 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
    let ok = n > 0 && i + n < bytes.length + 1;
    for (let k = 1; ok && k <= n; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += n + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return valid >= 50 && invalid * 100 <= valid;
}

function tryDecode(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(ALIASES[label] ?? label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decode page bytes to a string. */
export function decodeHtml(bytes: Uint8Array, transport?: string | null): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { html: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8', via: 'bom' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { html: new TextDecoder(label).decode(bytes.subarray(2)), charset: label, via: 'bom' };
  }
  const utf8 = tryDecode('utf-8', bytes, true);
  // The charset the server sent (Content-Type, a WARC record's HTTP header) outranks the page's own.
  const declared =
    transport
      ?.trim()
      .toLowerCase()
      .replace(/^["']|["']$/g, '') || declaredCharset(bytes);
  if (utf8 !== null && (!declared || declared === 'utf-8' || declared === 'utf8' || /[^\x00-\x7f]/.test(utf8))) {
    return { html: utf8, charset: 'utf-8', via: 'utf-8-valid' };
  }
  // A stray invalid byte in a UTF-8 page (a truncated character, a pasted control byte) must not
  // send the whole page to detection, which then reads it as GB18030: when the page declares
  // UTF-8, or nearly all its multi-byte sequences are UTF-8, decode it as UTF-8 with U+FFFD.
  if (declared === 'utf-8' || declared === 'utf8' || (!declared && mostlyUtf8(bytes))) {
    return {
      html: new TextDecoder('utf-8').decode(bytes),
      charset: 'utf-8',
      via: declared ? 'declared' : 'utf-8-valid',
    };
  }
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    const html = tryDecode(declared, bytes, false);
    if (html !== null) return { html, charset: ALIASES[declared] ?? declared, via: 'declared' };
  }
  const guess = chardet.detect(bytes);
  if (guess) {
    const label = guess.toLowerCase();
    const html = tryDecode(label, bytes, false);
    if (html !== null) return { html, charset: ALIASES[label] ?? label, via: 'detected' };
  }
  return { html: new TextDecoder('gb18030').decode(bytes), charset: 'gb18030', via: 'fallback' };
}
