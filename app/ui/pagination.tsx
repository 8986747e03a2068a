import { Link } from "./link";

export interface PaginationProps {
  label: string;
  page: number;
  pageCount: number;
  /** The URL of a page. */
  href: (page: number) => string;
  previousLabel: string;
  nextLabel: string;
  /** "Pagina 2 van 5" */
  statusLabel: string;
}

/** Previous/next links with the current page, inside a labelled `<nav>`. */
export function Pagination({
  label,
  page,
  pageCount,
  href,
  previousLabel,
  nextLabel,
  statusLabel,
}: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="zicht-pagination">
      {page > 1 ? (
        <Link to={href(page - 1)} rel="prev">
          {previousLabel}
        </Link>
      ) : null}
      <span className="zicht-pagination__status" aria-current="page">
        {statusLabel}
      </span>
      {page < pageCount ? (
        <Link to={href(page + 1)} rel="next">
          {nextLabel}
        </Link>
      ) : null}
    </nav>
  );
}
