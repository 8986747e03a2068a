import { useId, type ReactNode } from "react";
import { useTranslate } from "../i18n/use-translate";

type Row = readonly ReactNode[] | { key: string; cells: readonly ReactNode[] };

export interface DataTableProps {
  /** Says what the table shows (read by screen readers first). */
  caption: ReactNode;
  headers: readonly ReactNode[];
  /** Rows as cells, or with a stable key when rows can change (lists of users, sessions). */
  rows: readonly Row[];
  /** The first cell of each row is that row's header (`<th scope="row">`). */
  rowHeaders?: boolean;
}

/**
 * NL Design System table with a caption and column headers. A table wider
 * than the screen scrolls sideways inside its own region, which takes
 * keyboard focus (so the arrow keys scroll it) and is named by the caption.
 * Two cues say there is more, without JavaScript: a shadow at the edge that
 * has more columns behind it, and — where the browser can tell that the
 * region scrolls — the line "Schuif opzij voor meer kolommen".
 */
export function DataTable({ caption, headers, rows, rowHeaders = false }: DataTableProps) {
  const t = useTranslate();
  const captionId = useId();
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (axe scrollable-region-focusable)
    <div className="zicht-table zicht-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <p className="zicht-table-scroll__hint">{t("table.scrollHint")}</p>
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
          {rows.map((row, rowIndex) => {
            const cells = "cells" in row ? row.cells : (row as readonly ReactNode[]);
            return (
              <tr key={"key" in row ? row.key : rowIndex} className="utrecht-table__row">
                {cells.map((cell, index) =>
                  rowHeaders && index === 0 ? (
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
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
