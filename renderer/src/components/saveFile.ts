import { bridge } from '../bridge/client';

/**
 * Saves bytes the user asked for: the desktop app shows its save dialog; the browser (where the Node side has
 * no dialog to show) downloads the file instead.
 */
export async function saveBytes(name: string, bytes: Uint8Array, mime: string): Promise<void> {
  const result = await bridge.invoke('dialog:saveFile', {
    suggestedName: name,
    bytesBase64: toBase64(bytes),
    filters: [],
  });
  if (result.ok) return;
  if (result.error.code !== 'not-available') throw new Error(result.error.message);
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const anchor = Object.assign(document.createElement('a'), { href: url, download: name });
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The chart's SVG drawn onto a canvas on the page background, as PNG bytes (2× for sharp slides). */
export async function svgToPng(svg: SVGSVGElement, background: string): Promise<Uint8Array> {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  inlineComputedColours(svg, clone);
  const source = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The chart could not be drawn as an image'));
    image.src = source;
  });
  const canvas = Object.assign(document.createElement('canvas'), { width: width * 2, height: height * 2 });
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas is not available');
  context.scale(2, 2);
  context.fillStyle = background;
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The chart could not be encoded as PNG');
  return new Uint8Array(await blob.arrayBuffer());
}

/** Chart colours come from CSS variables, which a detached SVG image cannot resolve: copy the used values in. */
function inlineComputedColours(source: SVGElement, target: SVGElement): void {
  const from = source.querySelectorAll('*');
  const to = target.querySelectorAll('*');
  from.forEach((element, i) => {
    const style = getComputedStyle(element);
    const copy = to[i] as SVGElement | undefined;
    if (!copy) return;
    for (const property of [
      'fill',
      'stroke',
      'stop-color',
      'font-family',
      'font-size',
      'opacity',
      'fill-opacity',
      'stroke-opacity',
    ]) {
      copy.style.setProperty(property, style.getPropertyValue(property));
    }
  });
}
