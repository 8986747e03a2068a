import { useId, type ReactNode } from "react";

export interface DataTableProps {
  /** Says what the table shows (read by screen readers first). */
  caption: ReactNode;
  headers: readonly ReactNode[];
  rows: ReadonlyArray<{ key: string; cells: readonly ReactNode[] }>;
}

/** NL Design System table with a caption and column headers. */
export function DataTable({ caption, headers, rows }: DataTableProps) {
  const captionId = useId();
  // A wide table scrolls sideways on a phone: the scroll area takes keyboard focus so it can be scrolled.
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (axe scrollable-region-focusable)
    <div className="zicht-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption id={captionId} className="utrecht-table__caption">
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {headers.map((header, index) => (
              <th key={index} scope="col" className="utrecht-table__header-cell">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr key={row.key} className="utrecht-table__row">
              {row.cells.map((cell, index) => (
                <td key={index} className="utrecht-table__cell">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
