import sharp from 'sharp';
import { DEMO_IMAGE_SIDE, type DEMO_IMAGE_KINDS } from '@shared/bridge/channels/media';

export type DemoImageKind = (typeof DEMO_IMAGE_KINDS)[number];

const hsl = (hue: number, s: number, l: number) => `hsl(${hue},${s}%,${l}%)`;

/** A simple flat drawing per category: enough for a listing to look like a product, never a real photo. */
function productShape(kind: DemoImageKind, hue: number): string {
  const main = hsl(hue, 65, 48);
  const dark = hsl(hue, 60, 30);
  switch (kind) {
    case 'phone-accessories':
      return `<rect x="330" y="170" width="340" height="660" rx="60" fill="${main}"/>
        <rect x="370" y="215" width="120" height="150" rx="30" fill="${dark}"/>
        <circle cx="410" cy="260" r="26" fill="#222"/><circle cx="450" cy="320" r="26" fill="#222"/>`;
    case 'led-lighting':
      return `<path d="M180 620 C 320 380, 520 760, 820 420" stroke="${dark}" stroke-width="46" fill="none"/>
        ${[0, 1, 2, 3, 4, 5, 6]
          .map((i) => {
            const t = i / 6;
            const x = 180 + t * 640;
            const y = 620 - Math.sin(t * Math.PI * 1.2) * 160;
            return `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="30" fill="${hsl(hue, 90, 70)}"/>`;
          })
          .join('')}`;
    case 'womens-clothing':
      return `<path d="M420 180 L580 180 L640 300 L760 820 L240 820 L360 300 Z" fill="${main}"/>
        <path d="M420 180 Q500 260 580 180" fill="${dark}"/>`;
    case 'kids-smart-watches':
      return `<rect x="430" y="140" width="140" height="720" rx="50" fill="${dark}"/>
        <rect x="330" y="330" width="340" height="340" rx="90" fill="${main}"/>
        <rect x="380" y="380" width="240" height="240" rx="50" fill="#1b1b1b"/>
        <text x="500" y="525" font-family="sans-serif" font-size="70" fill="#fff" text-anchor="middle">12:30</text>`;
    case 'kitchen-tools':
      return `<rect x="470" y="460" width="60" height="380" rx="26" fill="${dark}"/>
        <ellipse cx="500" cy="320" rx="150" ry="190" fill="${main}"/>
        <ellipse cx="500" cy="320" rx="100" ry="140" fill="${hsl(hue, 55, 62)}"/>`;
  }
}

/**
 * One square JPEG on a white background (AliExpress main-image style): the product drawn in its colour, and a
 * caption. Rendered from SVG by sharp on libuv's thread pool, so the service keeps answering while it draws.
 */
export async function drawDemoImage(kind: DemoImageKind, hue: number, caption: string): Promise<Buffer> {
  const side = DEMO_IMAGE_SIDE;
  const safeCaption = caption.replace(/[^A-Za-z0-9 ._-]/g, '');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}" viewBox="0 0 1000 1000">
    <rect width="1000" height="1000" fill="#ffffff"/>
    <ellipse cx="500" cy="880" rx="300" ry="34" fill="#e9e9e9"/>
    ${productShape(kind, hue)}
    <text x="40" y="70" font-family="sans-serif" font-size="40" fill="#9a9a9a">${safeCaption}</text>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: false }).toBuffer();
}
