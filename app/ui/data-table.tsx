import type { ReactNode } from "react";

export interface DataTableProps {
  /** Says what the table shows (read by screen readers first). */
  caption: ReactNode;
  headers: readonly ReactNode[];
  rows: ReadonlyArray<{ key: string; cells: readonly ReactNode[] }>;
}

/** NL Design System table with a caption and column headers. */
export function DataTable({ caption, headers, rows }: DataTableProps) {
  return (
    <div className="zicht-table-scroll">
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption">{caption}</caption>
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
