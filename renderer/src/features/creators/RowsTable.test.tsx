import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderInMantine, setUpEnglishUi } from '../../test/ui';
import { FormModal } from './FormModal';
import { RemoveButton, RowsTable } from './RowsTable';

setUpEnglishUi();

const columns = [
  { head: 'Tracking', cell: (r: { id: string; n: string; cost: number }) => r.n },
  {
    head: 'Cost',
    cell: (r: { id: string; n: string; cost: number }) => String(r.cost),
    align: 'right' as const,
  },
];

describe('RowsTable', () => {
  it('says none while loading and when empty, with no table', () => {
    renderInMantine(<RowsTable rows={undefined} columns={columns} empty="No samples yet." />);
    expect(screen.getByText('No samples yet.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    cleanup();
    renderInMantine(<RowsTable rows={[]} columns={columns} empty="No samples yet." />);
    expect(screen.getByText('No samples yet.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a head per column, a row per item and its action, which acts on that row', () => {
    const onRemove = vi.fn();
    renderInMantine(
      <RowsTable
        rows={[
          { id: 'a', n: 'LP001', cost: 5 },
          { id: 'b', n: 'LP002', cost: 7 },
        ]}
        columns={columns}
        empty="none"
        action={(r) => <RemoveButton onRemove={() => onRemove(r.id)} />}
      />,
    );
    const rows = screen.getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(['TrackingCost', 'LP0015Remove', 'LP0027Remove']);
    fireEvent.click(within(rows[2]!).getByRole('button', { name: 'Remove' }));
    expect(onRemove).toHaveBeenCalledWith('b');
    expect(screen.queryByText('none')).toBeNull();
  });
});

describe('FormModal', () => {
  it('shows its fields, then Cancel and the submit button (Save unless named)', () => {
    const onClose = vi.fn();
    const onSubmit = vi.fn();
    renderInMantine(
      <FormModal title="Schedule a LIVE" submitLabel="Schedule" onClose={onClose} onSubmit={onSubmit}>
        <input aria-label="Title" />
      </FormModal>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Schedule a LIVE' });
    expect(within(dialog).getByLabelText('Title')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Schedule' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
    cleanup();
    renderInMantine(
      <FormModal title="Edit creator" onClose={onClose} onSubmit={onSubmit}>
        <span />
      </FormModal>,
    );
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
  });
});
