import type { ColumnType, Generated } from "kysely";

/** Written by the database (a STORED generated column); never inserted or updated. */
type SearchVector = ColumnType<string, never, never>;

/**
 * Knowledge content, owned by the knowledge module. The database is the
 * source of truth; `content/` holds the initial content that the seed loads
 * and that `zicht content export` writes back.
 */
export interface KnowledgePageTable {
  id: string;
  locale: "nl" | "en";
  /** Where the page lives: /kennisbank, /jongeren or /ouders. */
  section: "kennisbank" | "jongeren" | "ouders";
  title: string;
  summary: string;
  /** Markdown (no raw HTML). */
  body: string;
  /** Markdown of the "Wat kun je doen?" box; null when the page has none. */
  actions: string | null;
  pictogram: string | null;
  /** Ids of related instruments, services, library items, figures and sources. */
  related: ColumnType<PageRelations, string, string>;
  printable: boolean;
  /** Date of the last review, as YYYY-MM-DD. */
  reviewed_on: ColumnType<string, string, string>;
  sort_order: number;
  revision: number;
  /** Plain text of summary, body and actions, for search and snippets. */
  search_text: string;
  search_vector: SearchVector;
  updated_at: Generated<Date>;
}

export interface PageRelations {
  instruments: string[];
  services: string[];
  library: string[];
  figures: string[];
  /** Source ids; missing in rows written before pages had sources. */
  sources?: string[];
}

export interface LibraryItemTable {
  id: string;
  type: string;
  title: string;
  maker: string | null;
  year: number | null;
  series: string | null;
  audience: string[];
  forms: string[];
  summary_nl: string;
  summary_en: string;
  parts: string[];
  figures: string[];
  url: string | null;
  sort_order: number;
  revision: number;
  search_vector: SearchVector;
  updated_at: Generated<Date>;
}

export interface KnowledgeFigureTable {
  id: string;
  topic: string;
  /** The whole figure as validated by figureSchema. */
  data: ColumnType<unknown, string, string>;
  sort_order: number;
  revision: number;
  updated_at: Generated<Date>;
}

export interface ContentRevisionTable {
  id: Generated<number>;
  entity: "knowledge_page" | "library_item" | "knowledge_figure";
  entity_id: string;
  locale: string;
  revision: number;
  data: ColumnType<unknown, string, string>;
  origin: "seed" | "editor";
  author_id: string | null;
  /** The editor's short change note; null when none was given (and for the seed). */
  note: string | null;
  created_at: Generated<Date>;
}

export interface KnowledgeTables {
  knowledge_page: KnowledgePageTable;
  library_item: LibraryItemTable;
  knowledge_figure: KnowledgeFigureTable;
  content_revision: ContentRevisionTable;
}
