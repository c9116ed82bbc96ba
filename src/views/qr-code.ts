import { html } from 'lit';
import type { QrMatrix } from '../core/plan/qr.ts';

/**
 * A QR code as SVG (core/plan/qr.ts makes it): its dark modules as one path on a white quiet zone,
 * crisp at any print size, named by its caption (`captionId`) for screen readers.
 */
export function renderQrCode(matrix: QrMatrix, path: string, captionId: string) {
  const box = `-2 -2 ${matrix.size + 4} ${matrix.size + 4}`;
  // One html template: the parser reads the rect and path inside <svg> as SVG.
  return html`<svg class="qr" part="qr" role="img" viewBox=${box} aria-labelledby=${captionId} shape-rendering="crispEdges">
    <rect x="-2" y="-2" width=${matrix.size + 4} height=${matrix.size + 4} fill="#fff"></rect>
    <path d=${path} fill="#000"></path>
  </svg>`;
}
