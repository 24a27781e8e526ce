import sharp from 'sharp';
import type { DemoFigure, DemoImageSpec, DemoView } from '@shared/demo/productImages';

/**
 * Product pictures for the demo store, drawn rather than shipped: a simple figure per category (a phone gadget, a
 * bulb, a watch, a pot, a dress) in the SKU's colour, in the views a seller's gallery has (front on white, an
 * angle, a close-up, a styled scene, the colour range). Vector art through librsvg, encoded as JPEG: small files
 * that pass the platform's checks like real photos would.
 */
export async function drawDemoImage(spec: DemoImageSpec): Promise<Buffer> {
  return sharp(Buffer.from(demoImageSvg(spec)))
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82, mozjpeg: false })
    .toBuffer();
}

/** The figure's 100×100 drawing in colour `fill`, with `shade` for its darker parts. */
const FIGURES: Readonly<Record<DemoFigure, (fill: string, shade: string) => string>> = {
  gadget: (fill, shade) => `
    <rect x="28" y="6" width="44" height="88" rx="9" fill="${fill}"/>
    <rect x="32" y="11" width="36" height="78" rx="6" fill="#ffffff" opacity=".18"/>
    <rect x="50" y="12" width="18" height="18" rx="5" fill="${shade}"/>
    <circle cx="55" cy="17.5" r="3.2" fill="#15171a"/><circle cx="63" cy="24.5" r="3.2" fill="#15171a"/>
    <circle cx="50" cy="58" r="11" fill="none" stroke="${shade}" stroke-width="2"/>`,
  lamp: (fill, shade) => `
    <circle cx="50" cy="38" r="40" fill="${fill}" opacity=".22"/>
    <circle cx="50" cy="38" r="25" fill="${fill}"/>
    <path d="M40 58 Q50 66 60 58 L60 66 L40 66 Z" fill="${shade}"/>
    <rect x="39" y="66" width="22" height="7" rx="2" fill="#c9ccd1"/>
    <rect x="40" y="73" width="20" height="6" rx="2" fill="#a9adb3"/>
    <rect x="43" y="79" width="14" height="7" rx="3.5" fill="#7f8389"/>`,
  watch: (fill, shade) => `
    <rect x="37" y="2" width="26" height="32" rx="7" fill="${fill}"/>
    <rect x="37" y="66" width="26" height="32" rx="7" fill="${fill}"/>
    <circle cx="50" cy="82" r="2.2" fill="${shade}"/><circle cx="50" cy="89" r="2.2" fill="${shade}"/>
    <rect x="24" y="25" width="52" height="50" rx="13" fill="${shade}"/>
    <rect x="29" y="30" width="42" height="40" rx="9" fill="#1c2430"/>
    <circle cx="50" cy="50" r="10" fill="${fill}" opacity=".85"/>
    <rect x="76" y="44" width="4" height="12" rx="2" fill="${shade}"/>`,
  kitchen: (fill, shade) => `
    <path d="M17 44 H83 V48 C83 71 69 84 50 84 C31 84 17 71 17 48 Z" fill="${fill}"/>
    <rect x="12" y="38" width="76" height="7" rx="3.5" fill="${shade}"/>
    <rect x="83" y="48" width="14" height="6" rx="3" fill="${shade}"/>
    <rect x="3" y="48" width="14" height="6" rx="3" fill="${shade}"/>
    <path d="M40 38 C40 28 60 28 60 38" stroke="${shade}" stroke-width="4" fill="none"/>`,
  garment: (fill, shade) => `
    <path d="M37 6 L44 11 Q50 15 56 11 L63 6 L72 17 L62 28 L66 40 L86 92 H14 L34 40 L38 28 L28 17 Z"
      fill="${fill}"/>
    <path d="M34 40 H66" stroke="${shade}" stroke-width="3"/>
    <path d="M44 11 Q50 15 56 11" stroke="${shade}" stroke-width="2" fill="none"/>`,
};

/** Where the 100×100 figure sits on the 1000×1000 canvas, per view. */
const PLACEMENT: Readonly<Record<Exclude<DemoView, 'colours'>, string>> = {
  front: 'translate(150 120) scale(7)',
  angle: 'translate(500 500) rotate(-14) scale(6.2) translate(-50 -50)',
  detail: 'translate(500 430) scale(13) translate(-50 -32)',
  lifestyle: 'translate(225 255) scale(5.5)',
};

export function demoImageSvg(spec: DemoImageSpec): string {
  const [first = '#888888'] = spec.colours;
  const body =
    spec.view === 'colours'
      ? colourRange(spec.figure, spec.colours)
      : figureAt(spec.figure, first, PLACEMENT[spec.view]);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${spec.side}" height="${spec.side}" viewBox="0 0 1000 1000">
    ${backdrop(spec.view, first)}
    ${spec.view === 'detail' ? '' : shadow(spec.view)}
    ${body}
  </svg>`;
}

function figureAt(figure: DemoFigure, colour: string, transform: string): string {
  // A hairline keeps a white product visible on the white background, as a photo's edge would.
  return `<g transform="${transform}" stroke="#000000" stroke-opacity=".12" stroke-width=".5">
    ${FIGURES[figure](colour, mix(colour, '#000000', 0.3))}
  </g>`;
}

function colourRange(figure: DemoFigure, colours: readonly string[]): string {
  const n = Math.max(1, colours.length);
  const scale = Math.min(6, 9.4 / n);
  const width = 100 * scale;
  const gap = (1000 - n * width) / (n + 1);
  return colours
    .map((colour, i) =>
      figureAt(figure, colour, `translate(${gap + i * (width + gap)} ${500 - 50 * scale}) scale(${scale})`),
    )
    .join('');
}

function backdrop(view: DemoView, colour: string): string {
  if (view === 'lifestyle') {
    const wall = mix(colour, '#ffffff', 0.82);
    return `<rect width="1000" height="1000" fill="${wall}"/>
      <rect y="760" width="1000" height="240" fill="${mix(colour, '#8a6a4a', 0.7)}"/>`;
  }
  if (view === 'angle') return '<rect width="1000" height="1000" fill="#f3f4f6"/>';
  return '<rect width="1000" height="1000" fill="#ffffff"/>';
}

function shadow(view: DemoView): string {
  const y = view === 'lifestyle' ? 800 : 900;
  return `<ellipse cx="500" cy="${y}" rx="300" ry="34" fill="#000000" opacity=".08"/>`;
}

/** `a` moved towards `b` by `t` (0–1), both `#rrggbb`. */
export function mix(a: string, b: string, t: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const out = [0, 1, 2].map((i) => Math.round(channel(a, i) * (1 - t) + channel(b, i) * t));
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
