import sharp from 'sharp';
import { MAX_LOGO_BYTES, type mediaChannels } from '@shared/bridge/channels/media';
import { BridgeFailure } from '@shared/bridge/result';
import { SNIFF_BYTES, sniffImage } from '@shared/photos/sniff';
import type { DomainHandlers } from '../types';
import { drawDemoImage } from './demoImages';
import type { MediaLibrary } from './mediaLibrary';
import { imageSignatures } from './perceptualHash';

const EXT = { jpeg: 'jpg', png: 'png', webp: 'webp' } as const;
const MIME = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const;
const THUMBNAIL_SIDE = 240;

/** Previews of processed images and logo imports; everything addressed by hash, nothing by path. */
export function mediaHandlers<Ctx>(library: MediaLibrary): DomainHandlers<Ctx, keyof typeof mediaChannels> {
  return {
    'media:read': async ({ sha256, format, thumbnail }) => {
      const data = await library.read(sha256, EXT[format]).catch((error: unknown) => {
        // The message names the image, never the absolute data path.
        if (error instanceof BridgeFailure && error.code === 'not-found') {
          throw new BridgeFailure(
            'not-found',
            `Image ${sha256.slice(0, 12)}… (${format}) is not in the media library; process the photo again.`,
          );
        }
        throw error;
      });
      if (!thumbnail) return { bytesBase64: data.toString('base64'), mimeType: MIME[format] };
      // sharp works on libuv's thread pool: the event loop stays free while a thumbnail is made.
      const small = await sharp(data)
        .resize(THUMBNAIL_SIDE, THUMBNAIL_SIDE, { fit: 'inside', withoutEnlargement: true })
        .jpeg({ quality: 75 })
        .toBuffer();
      return { bytesBase64: small.toString('base64'), mimeType: 'image/jpeg' as const };
    },
    'media:importLogo': async ({ name, bytesBase64 }) => {
      const data = Buffer.from(bytesBase64, 'base64');
      if (data.byteLength > MAX_LOGO_BYTES)
        throw new BridgeFailure(
          'invalid-arguments',
          `The logo ${name} is larger than ${MAX_LOGO_BYTES / 1024 / 1024} MB.`,
        );
      const kind = sniffImage(data.subarray(0, SNIFF_BYTES));
      if (kind !== 'png' && kind !== 'jpeg' && kind !== 'webp') {
        throw new BridgeFailure(
          'invalid-arguments',
          `The logo ${name} must be a PNG, JPEG or WebP image (this looks like: ${kind}).`,
        );
      }
      const meta = await sharp(data, { limitInputPixels: 50_000_000 })
        .metadata()
        .catch((error: unknown) => {
          throw new BridgeFailure(
            'invalid-arguments',
            `The logo ${name} cannot be read: ${error instanceof Error ? error.message : String(error)}`,
          );
        });
      const stored = await library.put(data, EXT[kind]);
      return {
        ref: `media:${stored.sha256}.${EXT[kind]}`,
        sha256: stored.sha256,
        format: kind,
        width: meta.width ?? 0,
        height: meta.height ?? 0,
      };
    },
    'media:drawDemoImages': async ({ images }) => ({
      // sharp renders on libuv's thread pool: the pictures of one call are drawn side by side.
      images: await Promise.all(
        images.map(async (spec) => {
          const data = await drawDemoImage(spec);
          const [stored, { phash, colours }] = await Promise.all([
            library.put(data, 'jpg'),
            imageSignatures(data),
          ]);
          return {
            key: spec.key,
            sha256: stored.sha256,
            format: 'jpeg' as const,
            width: spec.side,
            height: spec.side,
            bytes: data.byteLength,
            phash,
            colours,
          };
        }),
      ),
    }),
  };
}
