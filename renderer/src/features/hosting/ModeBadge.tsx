import { Badge } from '@mantine/core';

import type { HostingMode } from '@shared/domain/types';
import { modeNameKey } from '@shared/hosting';
import { useT } from '../../i18n/useT';

/** Same colours as the catalog's mode column, so a mode looks the same on every screen. */
export const MODE_COLOR: Record<HostingMode, string> = {
  'fully-managed': 'violet',
  'semi-managed': 'blue',
  'self-operated': 'teal',
};

export function ModeBadge({ mode, size = 'sm' }: { mode: HostingMode; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useT();
  return (
    <Badge size={size} variant="light" color={MODE_COLOR[mode]} data-mode={mode}>
      {t(modeNameKey(mode))}
    </Badge>
  );
}
