/** QR code as one SVG path (pure), encoded locally with uqr: the link never leaves the page. */
import { encode } from 'uqr';

export interface QrPath {
  /** Modules per side, without the quiet zone. */
  size: number;
  d: string;
}

export function qrPath(text: string): QrPath {
  const { data, size } = encode(text, { ecc: 'M' });
  let d = '';
  data.forEach((row, y) => {
    row.forEach((on, x) => {
      if (on) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return { size, d };
}
