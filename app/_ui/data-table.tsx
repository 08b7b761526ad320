import type { ReactNode } from "react";
import { cx } from "./class-names";
import { EmptyState } from "./empty-state";

export type DataTableColumn<Row> = {
  /** Column header; on phones it labels each value, so it is plain text. */
  header: string;
  cell: (row: Row) => ReactNode;
  /** This column names the row (a `<th scope="row">`): usually the first. */
  rowHeader?: boolean;
  className?: string;
};

export type DataTableProps<Row> = {
  caption: ReactNode;
  /** Keep the caption for screen readers only (e.g. inside a titled card). */
  hideCaption?: boolean;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  columns: readonly DataTableColumn<Row>[];
  /** Buttons or links for one row, in a last column whose header only screen readers hear. */
  rowActions?: (row: Row) => ReactNode;
  actionsLabel?: string;
  /** A test id on every row (for tests that count or pick rows). */
  rowTestId?: string;
  /** Shown instead of the table when there are no rows: what it is, and what to do. */
  empty: { title: string; description: ReactNode; action?: ReactNode };
  headingLevel?: 2 | 3;
};

// On phones each row becomes a stack of "header: value" lines (the header comes from data-label), so
// nothing scrolls sideways; from the `sm` breakpoint on it is an ordinary table.
const STACK_CELL =
  "max-sm:flex max-sm:gap-3 max-sm:px-4 max-sm:py-1.5 max-sm:before:w-1/3 max-sm:before:shrink-0 max-sm:before:font-medium max-sm:before:text-gray-600 max-sm:before:content-[attr(data-label)] max-sm:before:hyphens-auto max-sm:before:[overflow-wrap:anywhere]";

/** A list page's table (STYLE.md 23): caption, columns, empty state, row actions, stacked on phones. */
export function DataTable<Row>({
  caption,
  hideCaption,
  rows,
  rowKey,
  columns,
  rowActions,
  actionsLabel = "Actions",
  rowTestId,
  empty,
  headingLevel = 3,
}: DataTableProps<Row>) {
  if (rows.length === 0) return <EmptyState headingLevel={headingLevel} {...empty} />;
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
      <table className="min-w-full border-collapse text-left text-sm max-sm:block">
        <caption
          className={cx(
            hideCaption ? "sr-only" : "px-4 py-3 text-left font-semibold text-gray-900",
            "max-sm:block",
          )}
        >
          {caption}
        </caption>
        <thead className="border-b border-gray-200 bg-gray-50 max-sm:sr-only">
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className="px-4 py-3 font-semibold text-gray-700">
                {column.header}
              </th>
            ))}
            {rowActions && (
              <th scope="col" className="px-4 py-3">
                <span className="sr-only">{actionsLabel}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-200 max-sm:block">
          {rows.map((row) => (
            <tr key={rowKey(row)} data-testid={rowTestId} className="align-top max-sm:block max-sm:py-2">
              {columns.map((column) => {
                const Cell = column.rowHeader ? "th" : "td";
                return (
                  <Cell
                    key={column.header}
                    scope={column.rowHeader ? "row" : undefined}
                    data-label={column.header}
                    className={cx(
                      "px-4 py-3 text-gray-900",
                      column.rowHeader && "font-medium",
                      STACK_CELL,
                      column.className,
                    )}
                  >
                    <div className="min-w-0">{column.cell(row)}</div>
                  </Cell>
                );
              })}
              {rowActions && (
                <td data-label={actionsLabel} className={cx("px-4 py-3", STACK_CELL)}>
                  <div className="flex flex-wrap gap-2">{rowActions(row)}</div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
