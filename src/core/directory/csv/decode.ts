// A spreadsheet file's bytes → text. Excel offers several kinds of "CSV": "CSV UTF-8" (with a
// byte-order mark), plain "CSV", which is Windows-1252 on a UK PC (so "£" is one byte, 0xA3,
// that is not UTF-8), and "Unicode Text", which is UTF-16 with tabs. Each reads right here.

// Windows-1252's own characters at 0x80–0x9F (curly quotes, dashes, €); the rest of its bytes
// are the same numbers in Unicode. Written out because Node 20's TextDecoder reads this
// encoding as Latin-1, which turns an en dash (0x96) into an invisible control character.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b);
  return out;
}

export function decodeSpreadsheet(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    // Drops a UTF-8 byte-order mark; `fatal` sends anything that is not UTF-8 to Windows-1252.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return windows1252(bytes);
  }
}
