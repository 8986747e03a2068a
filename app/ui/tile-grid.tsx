import type { ReactNode } from "react";
import { Heading } from "./heading";

/** A grid of tiles: `<ul class="zicht-tiles">` with Tile items. */
export function TileGrid({ children }: { children: ReactNode }) {
  return <ul className="zicht-tiles">{children}</ul>;
}

export interface TileProps {
  title: ReactNode;
  /** Accent colour, to set a tile apart from the others. */
  accent?: boolean;
  children: ReactNode;
}

/** One tile: an h3 title and its content. */
export function Tile({ title, accent = false, children }: TileProps) {
  return (
    <li className={accent ? "zicht-tile zicht-tile--accent" : "zicht-tile"}>
      <Heading level={3} className="zicht-tile__title">
        {title}
      </Heading>
      {children}
    </li>
  );
}
