/**
 * Bytes → text for seed files: byte-order marks, strict UTF-8, and the two
 * legacy Chinese encodings (GBK/GB18030 and Big5) a news archive is likely to
 * hold, plus a refusal to read binary files as text.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { COMMON_SIMPLIFIED, COMMON_TRADITIONAL } from './commonHanzi.ts';

export type SeedEncoding = 'utf-8' | 'utf-8-bom' | 'gbk' | 'big5' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedSeed {
  text: string;
  encoding: SeedEncoding;
  /** True when the bytes are not text at all; `text` is then ''. */
  binary: boolean;
  /** Some bytes could not be decoded and became U+FFFD: text was lost. */
  lossy: boolean;
  /** What was decided and why, for diagnostics. */
  notes: string[];
}

/** How much of a file the binary and UTF-16 sniffers look at. */
const SNIFF_BYTES = 64 * 1024;

const COMMON_HAN = new Set([...COMMON_SIMPLIFIED, ...COMMON_TRADITIONAL]);

export function decodeSeed(bytes: Uint8Array): DecodedSeed {
  const bom = decodeByteOrderMark(bytes);
  if (bom) return bom;

  // UTF-16 without a BOM and binary files both show NUL bytes; text files never do.
  const hasNul = bytes.subarray(0, SNIFF_BYTES).indexOf(0) !== -1;
  const utf16 = hasNul ? sniffUtf16WithoutBom(bytes) : null;
  if (utf16) {
    const label = utf16.toUpperCase();
    return text(decodeUtf16(bytes, utf16), utf16, `no byte-order mark, but every other byte is NUL; decoded as ${label}`);
  }

  const binaryReason = looksBinary(bytes);
  if (binaryReason) return { text: '', encoding: 'utf-8', binary: true, lossy: false, notes: [binaryReason] };

  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return text(utf8, 'utf-8');

  return decodeDamagedUtf8(bytes) ?? decodeLegacyChinese(bytes) ?? decodeWindows1252(bytes);
}

function text(decoded: string, encoding: SeedEncoding, note?: string): DecodedSeed {
  return { text: decoded, encoding, binary: false, lossy: decoded.includes('\uFFFD'), notes: note ? [note] : [] };
}

function decodeByteOrderMark(bytes: Uint8Array): DecodedSeed | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const strict = strictUtf8(body);
    return strict !== null
      ? text(strict, 'utf-8-bom', 'UTF-8 byte-order mark removed')
      : { ...text(new TextDecoder('utf-8').decode(body), 'utf-8-bom', 'UTF-8 byte-order mark removed; invalid UTF-8 sequences after it became U+FFFD'), lossy: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return text(decodeUtf16(bytes.subarray(2), 'utf-16le'), 'utf-16le', 'decoded as UTF-16LE (byte-order mark)');
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return text(decodeUtf16(bytes.subarray(2), 'utf-16be'), 'utf-16be', 'decoded as UTF-16BE (byte-order mark)');
  return null;
}

/**
 * UTF-8 with a few broken bytes (a truncated download, a bad copy) is still
 * UTF-8: read it as such rather than as GBK mojibake.
 */
function decodeDamagedUtf8(bytes: Uint8Array): DecodedSeed | null {
  const decoded = new TextDecoder('utf-8').decode(bytes);
  let nonAscii = 0;
  let replaced = 0;
  for (let i = 0; i < decoded.length; i++) {
    const code = decoded.charCodeAt(i);
    if (code < 0x80) continue;
    nonAscii++;
    if (code === 0xfffd) replaced++;
  }
  // GBK, Big5 or Windows-1252 bytes almost never form valid UTF-8 sequences.
  if (nonAscii - replaced < 4 * replaced) return null;
  const plural = replaced === 1 ? '' : 's';
  return text(decoded, 'utf-8', `damaged UTF-8: ${replaced} invalid byte sequence${plural} could not be read and became U+FFFD`);
}

/** Western text from old Windows tools; every byte decodes, so this is the last resort. */
function decodeWindows1252(bytes: Uint8Array): DecodedSeed {
  return text(
    iconv.decode(asBuffer(bytes), 'windows-1252'),
    'windows-1252',
    'not valid UTF-8 and not recognisably GBK or Big5; decoded as Windows-1252 (Western European)',
  );
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * UTF-16 without a BOM: the high byte of every ASCII character is NUL, so
 * NULs sit on one parity only. Binary files scatter NULs over both.
 */
function sniffUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.05 && evenNul === 0) return 'utf-16le';
  if (evenNul >= pairs * 0.05 && oddNul === 0) return 'utf-16be';
  return null;
}

/**
 * NUL bytes or many C0 control bytes mean binary (images, archives,
 * .DS_Store). Text files never need controls besides tab, newlines and
 * form feed; ESC is allowed a little for terminal colour codes.
 */
function looksBinary(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) return null;
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    else if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) control++;
  }
  if (nul > 0) return `binary content (${nul} NUL byte${nul === 1 ? '' : 's'} in the first ${n} bytes)`;
  if (control / n > 0.05) return `binary content (${control} control bytes in the first ${n} bytes)`;
  return null;
}

/** Node's native validator and decoder: several times faster than a fatal TextDecoder. */
function strictUtf8(bytes: Uint8Array): string | null {
  return isUtf8(bytes) ? asBuffer(bytes).toString('utf8') : null;
}

interface Candidate {
  encoding: 'gbk' | 'big5';
  text: string;
  score: number;
  han: number;
  common: number;
}

/**
 * Not UTF-8: read the bytes as GB18030 and as Big5 and keep the reading whose
 * Han characters are most often common ones. Both decoders accept most byte
 * pairs, so "no errors" alone cannot tell them apart; character frequency can.
 */
function decodeLegacyChinese(bytes: Uint8Array): DecodedSeed | null {
  const candidates = (['gbk', 'big5'] as const).map((encoding) => score(encoding, bytes));
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0]!;
  const other = candidates[1]!;
  // Real Chinese text has far more than a fifth of its Han characters among the common ones.
  if (best.common === 0 || best.common / Math.max(best.han, 1) < 0.2) return null;
  const label = best.encoding === 'gbk' ? 'GBK (GB18030)' : 'Big5';
  const share = (c: Candidate) => `${Math.round((100 * c.common) / Math.max(c.han, 1))}%`;
  const otherLabel = other.encoding === 'gbk' ? 'GBK' : 'Big5';
  return text(
    best.text,
    best.encoding,
    `not valid UTF-8; decoded as ${label}: ${share(best)} of its Han characters are common ones, against ${share(other)} read as ${otherLabel}`,
  );
}

function score(encoding: 'gbk' | 'big5', bytes: Uint8Array): Candidate {
  const decoded = iconv.decode(asBuffer(bytes), encoding === 'gbk' ? 'gb18030' : 'big5');
  let han = 0;
  let common = 0;
  let bad = 0;
  for (const ch of decoded) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0xfffd || (cp >= 0xe000 && cp <= 0xf8ff)) bad++;
    else if (cp >= 0x3400 && cp <= 0x9fff) {
      han++;
      if (COMMON_HAN.has(ch)) common++;
    }
  }
  return { encoding, text: decoded, han, common, score: common - 2 * bad };
}
