import { type RefObject } from 'react';
import { ActionIcon, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';

import { encodeCsv, type CsvRow } from '@shared/util/csv';
import { saveBytes, svgToPng } from './saveFile';
import { useT } from '../i18n/useT';

interface Props {
  /** File name without extension. */
  name: string;
  /** Header row first; numbers as numbers, text as text (the writer guards text that looks like a formula). */
  rows?: () => CsvRow[];
  /** The element holding the chart's SVG, for PNG export. */
  chart?: RefObject<HTMLElement | null>;
}

/** "Download CSV" / "Download PNG" for a dashboard card. */
export function ExportMenu({ name, rows, chart }: Props) {
  const { t } = useT();
  const fail = (error: unknown) =>
    notifications.show({ color: 'red', message: error instanceof Error ? error.message : String(error) });
  const csv = () => rows && void saveBytes(`${name}.csv`, encodeCsv(rows()), 'text/csv').catch(fail);
  const png = async () => {
    const svg = chart?.current?.querySelector('svg.recharts-surface');
    if (!(svg instanceof SVGSVGElement)) return;
    const background = getComputedStyle(document.body).backgroundColor;
    await saveBytes(`${name}.png`, await svgToPng(svg, background), 'image/png');
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('dashboard.export')}
          data-testid={`export-${name}`}
        >
          <IconDownload size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {rows && <Menu.Item onClick={csv}>{t('dashboard.exportCsv')}</Menu.Item>}
        {chart && <Menu.Item onClick={() => void png().catch(fail)}>{t('dashboard.exportPng')}</Menu.Item>}
      </Menu.Dropdown>
    </Menu>
  );
}
