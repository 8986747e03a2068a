import type { ReactNode } from "react";

/** NL Design System table with a caption, one header row and a header cell per row. */
export function DataTable({
  caption,
  headers,
  rows,
}: {
  caption: ReactNode;
  headers: readonly ReactNode[];
  /** The first cell of each row is its header. Rows are static: the position is the key. */
  rows: ReadonlyArray<readonly ReactNode[]>;
}) {
  return (
    <div className="utrecht-table-container zicht-table">
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
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex} className="utrecht-table__row">
              {row.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className="utrecht-table__header-cell">
                    {cell}
                  </th>
                ) : (
                  <td key={index} className="utrecht-table__cell">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
