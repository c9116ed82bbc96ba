import { generate, mode } from 'lean-qr';

/** A QR code as a square of dark and light modules, for any renderer (SVG here, canvas in tests). */
export interface QrMatrix {
  size: number;
  dark(x: number, y: number): boolean;
}

/** `undefined` when the text is too long for any QR code (about 2,900 bytes). */
export function qrMatrix(text: string): QrMatrix | undefined {
  try {
    // UTF-8 throughout (ECI 26): plans carry £, accents and other scripts, and phone cameras
    // read UTF-8 reliably where mixed auto-chosen segments are read wrongly by some readers.
    const code = generate(mode.utf8(text));
    return { size: code.size, dark: (x, y) => code.get(x, y) };
  } catch {
    return undefined;
  }
}

/** One SVG path for all dark modules: small DOM, crisp at any print size. */
export function qrPath(matrix: QrMatrix): string {
  let d = '';
  for (let y = 0; y < matrix.size; y++) {
    for (let x = 0; x < matrix.size; x++) if (matrix.dark(x, y)) d += `M${x} ${y}h1v1h-1z`;
  }
  return d;
}
