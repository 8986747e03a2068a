import type { ReactNode } from "react";

export interface TableOfContentsProps {
  heading: ReactNode;
  /** Links to headings on this page: `href` is "#" and the heading's id. */
  links: ReadonlyArray<{ href: string; label: ReactNode }>;
}

/** "On this page": a list of links to the sections below. */
export function TableOfContents({ heading, links }: TableOfContentsProps) {
  return (
    <nav className="zicht-toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading" className="zicht-toc__heading">
        {heading}
      </h2>
      <ul className="zicht-toc__list">
        {links.map((link) => (
          <li key={link.href}>
            {/* A plain anchor: the target is on this page, so the URL keeps its path and query. */}
            <a className="utrecht-link" href={link.href}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
