import type { ReactNode } from "react";

/** Facts as term and value pairs: `<dl class="zicht-facts">`; `inline` puts each pair on one line. */
export function FactList({ inline = false, children }: { inline?: boolean; children: ReactNode }) {
  return <dl className={inline ? "zicht-facts zicht-facts--inline" : "zicht-facts"}>{children}</dl>;
}

/** One term with one or more `<dd>` values (for facts with several values, each with its own markup). */
export function FactRow({ term, children }: { term: ReactNode; children: ReactNode }) {
  return (
    <div className="zicht-facts__row">
      <dt>{term}</dt>
      {children}
    </div>
  );
}

/** One term with one value. */
export function Fact({ term, children }: { term: ReactNode; children: ReactNode }) {
  return (
    <FactRow term={term}>
      <dd>{children}</dd>
    </FactRow>
  );
}
