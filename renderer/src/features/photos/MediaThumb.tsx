import { Center, Image, Skeleton, Tooltip } from '@mantine/core';
import { IconPhotoOff } from '@tabler/icons-react';
import type { ImageFormat } from '@shared/photos';
import { useMediaUrl } from './useMediaUrl';

interface Props {
  media: { sha256: string; format: ImageFormat } | undefined;
  size: number;
  alt: string;
  /** Full file instead of the 240 px thumbnail (the "after" view). */
  full?: boolean;
  /** A hairline around the picture, so white padding on a white page shows where the canvas ends. */
  framed?: boolean;
}

/** A library image by its content address; a missing file shows an icon with the service's reason. */
export function MediaThumb({ media, size, alt, full = false, framed = false }: Props) {
  const { url, error } = useMediaUrl(media, !full);
  if (error || !media) {
    return (
      <Tooltip label={error ?? alt} multiline w={260}>
        <Center w={size} h={size} bg="var(--mantine-color-default-hover)" style={{ borderRadius: 4 }}>
          <IconPhotoOff size={size / 3} color="var(--mantine-color-dimmed)" />
        </Center>
      </Tooltip>
    );
  }
  if (!url) return <Skeleton w={size} h={size} />;
  return (
    <Image
      src={url}
      alt={alt}
      w={size}
      h={size}
      fit="contain"
      radius="sm"
      bg="var(--mantine-color-default-hover)"
      style={framed ? { border: '1px solid var(--mantine-color-default-border)' } : undefined}
      data-framed={framed || undefined}
    />
  );
}
