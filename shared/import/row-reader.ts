/**
 * Field-by-name access to one data row, and the error records that name the row and column.
 */
import { cellText, isBlankCell, type Cell } from './cells';
import type { Problem } from './problems';
import type { ColumnMapping, ImportError, ImportField } from './types';

export interface TableLayout {
  mapping: ColumnMapping;
  /** Header cells as written in the file. */
  headers: readonly string[];
}

export class RowReader {
  readonly errors: ImportError[] = [];

  constructor(
    private readonly layout: TableLayout,
    private readonly cells: readonly Cell[],
    readonly rowNumber: number,
  ) {}

  has(field: ImportField): boolean {
    return this.layout.mapping[field] !== undefined;
  }

  cell(field: ImportField): Cell {
    const column = this.layout.mapping[field];
    return column === undefined ? null : (this.cells[column] ?? null);
  }

  isBlank(field: ImportField): boolean {
    return isBlankCell(this.cell(field));
  }

  text(field: ImportField): string | undefined {
    return cellText(this.cell(field)) || undefined;
  }

  /** The header text of the field's column as the user sees it in the file. */
  columnName(field: ImportField): string {
    const column = this.layout.mapping[field];
    return (column === undefined ? undefined : this.layout.headers[column]) || field;
  }

  fail(field: ImportField, problem: Problem): undefined {
    this.errors.push({ row: this.rowNumber, column: this.columnName(field), ...problem });
    return undefined;
  }
}
