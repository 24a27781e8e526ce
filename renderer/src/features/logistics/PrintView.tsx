import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useT } from '../../i18n/useT';
import type { MediaItem, Order, OrderLine, Product, Sku } from '@shared/domain/types';
import { MediaThumb } from '../photos';
import classes from './PrintView.module.css';

interface Props {
  orders: Order[];
  lines: OrderLine[];
  products: Map<string, Product>;
  skus: Map<string, Sku>;
  /** Own-warehouse bin (货位) per SKU id. */
  bins: Map<string, string>;
  media: Map<string, MediaItem>;
  onClose(): void;
}

interface PickRow {
  key: string;
  code: string;
  title: string;
  options: string;
  quantity: number;
  imageId?: string;
  bin: string;
}

/** One row per SKU of the selection, quantities added up, sorted by bin then SKU so a picker walks the shelves once. */
export function pickRows(
  orders: Order[],
  lines: OrderLine[],
  products: Map<string, Product>,
  skus: Map<string, Sku>,
  bins: Map<string, string> = new Map(),
): PickRow[] {
  const ids = new Set(orders.map((o) => o.id));
  const rows = new Map<string, PickRow>();
  for (const line of lines) {
    if (!ids.has(line.orderId)) continue;
    const sku = line.skuId ? skus.get(line.skuId) : undefined;
    const product = products.get(line.productId);
    const key = line.skuId ?? line.productId;
    const imageId = sku?.imageId ?? product?.mainImageIds[0];
    const row = rows.get(key) ?? {
      key,
      code: sku?.code ?? product?.code ?? line.productId,
      // The warehouse reads the shop's own Chinese name first.
      title: product?.internalName || product?.title.en || line.title,
      options: sku ? Object.values(sku.options).join(' / ') : '',
      quantity: 0,
      ...(imageId ? { imageId } : {}),
      bin: (line.skuId ? bins.get(line.skuId) : undefined) ?? '',
    };
    row.quantity += line.quantity;
    rows.set(key, row);
  }
  return [...rows.values()].sort(
    (a, b) =>
      Number(a.bin === '') - Number(b.bin === '') ||
      a.bin.localeCompare(b.bin) ||
      a.code.localeCompare(b.code),
  );
}

/**
 * Pick list and packing slips for the chosen orders, always in Chinese for the warehouse, with the buyer's address
 * exactly as entered. The sheet is rendered outside the app root so the print stylesheet prints only it.
 */
export function PrintView({ orders, lines, products, skus, bins, media, onClose }: Props) {
  const { t } = useT();
  const zh = (key: string, options?: Record<string, unknown>) => t(key, { ...options, lng: 'zh' });
  const picks = pickRows(orders, lines, products, skus, bins);
  useEffect(() => {
    document.body.classList.add('ws-printing');
    return () => document.body.classList.remove('ws-printing');
  }, []);

  const sheet = (
    <div className={classes.sheet} data-testid="print-sheet" lang="zh-CN">
      <section className={classes.page}>
        <Title order={3}>{zh('logistics.print.pickList', { count: orders.length })}</Title>
        <Table withTableBorder withColumnBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{zh('logistics.print.image')}</Table.Th>
              <Table.Th>{zh('logistics.print.bin')}</Table.Th>
              <Table.Th>{zh('logistics.print.sku')}</Table.Th>
              <Table.Th>{zh('logistics.print.product')}</Table.Th>
              <Table.Th>{zh('logistics.print.options')}</Table.Th>
              <Table.Th>{zh('logistics.print.quantity')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {picks.map((row) => (
              <Table.Tr key={row.key} data-testid="pick-row">
                <Table.Td>
                  <MediaThumb
                    media={row.imageId ? media.get(row.imageId) : undefined}
                    size={48}
                    alt={row.code}
                  />
                </Table.Td>
                <Table.Td ff="monospace" fw={700} data-testid="pick-bin">
                  {row.bin}
                </Table.Td>
                <Table.Td ff="monospace">{row.code}</Table.Td>
                <Table.Td>{row.title}</Table.Td>
                <Table.Td>{row.options}</Table.Td>
                <Table.Td fw={700}>{row.quantity}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
      {orders.map((order) => (
        <section
          key={order.id}
          className={classes.page}
          aria-label={zh('logistics.print.slip', { id: order.orderId })}
        >
          <Title order={4}>{zh('logistics.print.slip', { id: order.orderId })}</Title>
          <Text size="sm">{zh('logistics.print.shipTo')}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }} fw={500}>
            {order.shipTo ?? zh('logistics.print.noAddress')}
          </Text>
          <Table withTableBorder mt="sm">
            <Table.Tbody>
              {pickRows([order], lines, products, skus, bins).map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Td ff="monospace">{row.code}</Table.Td>
                  <Table.Td>
                    {row.title} {row.options}
                  </Table.Td>
                  <Table.Td fw={700}>× {row.quantity}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      ))}
    </div>
  );

  return (
    <>
      <Modal opened onClose={onClose} title={t('logistics.print.title', { count: orders.length })} size="xl">
        <Stack>
          <Text size="sm" c="dimmed">
            {t('logistics.print.hint')}
          </Text>
          <Group>
            <Button onClick={() => window.print()}>{t('logistics.print.print')}</Button>
            <Button variant="default" onClick={onClose}>
              {t('logistics.close')}
            </Button>
          </Group>
          <div className={classes.preview}>{sheet}</div>
        </Stack>
      </Modal>
      {createPortal(<div className={classes.printOnly}>{sheet}</div>, document.body)}
    </>
  );
}
