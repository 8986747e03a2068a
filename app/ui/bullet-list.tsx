import type { ReactNode } from "react";
import { classNames } from "./class-names";

export interface BulletListProps {
  /** One entry per item; the list is static, so an item's position is its key. */
  items: readonly ReactNode[];
  /** Less space between the items (lists inside tiles and entries). */
  compact?: boolean;
}

/** A bulleted list: `<ul class="zicht-list">`. */
export function BulletList({ items, compact = false }: BulletListProps) {
  return (
    <ul className={classNames("zicht-list", compact && "zicht-list--compact")}>
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}
