import { sql, type Kysely, type Selectable } from "kysely";
import type { Database } from "../../db/database";
import type { KnowledgeContent } from "./content";
import { figureSchema, type Figure } from "./figures";
import { libraryItemSchema, type LibraryItem } from "./library";
import { pagePlainText, type KnowledgePage, type PageLocale, type PageSection } from "./page";
import type { ContentRevisionTable, LibraryItemTable, PageRelations } from "./tables";

/**
 * Knowledge content in the database: pages, library items and figures, each
 * with its revision history in `content_revision`.
 */
type Db = Kysely<Database>;
type Entity = ContentRevisionTable["entity"];
type Origin = ContentRevisionTable["origin"];

/** JSON with sorted keys, so equal content compares equal whatever the key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** Who made a revision and why: the seed, or an editor with an optional change note. */
export interface RevisionMeta {
  origin: Origin;
  authorId?: string | null;
  note?: string | null;
}

function revisionMeta(meta: Origin | RevisionMeta): RevisionMeta {
  return typeof meta === "string" ? { origin: meta } : meta;
}

/**
 * Records a new revision when `data` differs from the latest one. Returns the
 * revision number to store on the row, or undefined when nothing changed.
 */
async function nextRevision(
  db: Db,
  entity: Entity,
  entityId: string,
  locale: string,
  data: unknown,
  meta: RevisionMeta,
): Promise<number | undefined> {
  const latest = await db
    .selectFrom("content_revision")
    .select(["revision", "data"])
    .where("entity", "=", entity)
    .where("entity_id", "=", entityId)
    .where("locale", "=", locale)
    .orderBy("revision", "desc")
    .limit(1)
    .executeTakeFirst();
  if (latest && canonical(latest.data) === canonical(data)) return undefined;
  const revision = (latest?.revision ?? 0) + 1;
  await db
    .insertInto("content_revision")
    .values({
      entity,
      entity_id: entityId,
      locale,
      revision,
      data: canonical(data),
      origin: meta.origin,
      author_id: meta.authorId ?? null,
      note: meta.note ?? null,
    })
    .execute();
  return revision;
}

/** Saves one page (a new revision when it changed). Returns whether anything was written. */
export async function savePage(
  db: Db,
  page: KnowledgePage,
  origin: Origin | RevisionMeta = "editor",
): Promise<boolean> {
  const revision = await nextRevision(
    db,
    "knowledge_page",
    `${page.section}/${page.id}`,
    page.locale,
    page,
    revisionMeta(origin),
  );
  if (revision === undefined) return false;
  const row = {
    id: page.id,
    locale: page.locale,
    section: page.section,
    title: page.title,
    summary: page.summary,
    body: page.body,
    actions: page.actions ?? null,
    pictogram: page.pictogram ?? null,
    related: JSON.stringify({
      instruments: page.instruments,
      services: page.services,
      library: page.library,
      figures: page.figures,
      sources: page.sources,
    }),
    printable: page.printable,
    reviewed_on: page.reviewed,
    sort_order: page.order,
    revision,
    search_text: pagePlainText(page),
  };
  await db
    .insertInto("knowledge_page")
    .values(row)
    .onConflict((oc) =>
      oc.columns(["section", "id", "locale"]).doUpdateSet({ ...row, updated_at: new Date() }),
    )
    .execute();
  return true;
}

/** Saves one library item (a new revision when it changed). */
export async function saveLibraryItem(
  db: Db,
  input: LibraryItem,
  sortOrder: number,
  origin: Origin | RevisionMeta = "editor",
): Promise<boolean> {
  const item = libraryItemSchema.parse(input);
  const revision = await nextRevision(
    db,
    "library_item",
    item.id,
    "",
    { ...item, sortOrder },
    revisionMeta(origin),
  );
  if (revision === undefined) return false;
  const row = {
    id: item.id,
    type: item.type,
    title: item.title,
    maker: item.maker ?? null,
    year: item.year ?? null,
    series: item.series ?? null,
    audience: item.audience,
    forms: item.forms,
    summary_nl: item.summary.nl,
    summary_en: item.summary.en,
    parts: item.parts ?? [],
    figures: item.figures ?? [],
    url: item.url ?? null,
    sort_order: sortOrder,
    revision,
  };
  await db
    .insertInto("library_item")
    .values(row)
    .onConflict((oc) => oc.column("id").doUpdateSet({ ...row, updated_at: new Date() }))
    .execute();
  return true;
}

/** Saves one key figure (a new revision when it changed). */
export async function saveFigure(
  db: Db,
  input: Figure,
  sortOrder: number,
  origin: Origin = "editor",
): Promise<boolean> {
  const figure = figureSchema.parse(input);
  const revision = await nextRevision(
    db,
    "knowledge_figure",
    figure.id,
    "",
    { ...figure, sortOrder },
    revisionMeta(origin),
  );
  if (revision === undefined) return false;
  const row = {
    id: figure.id,
    topic: figure.topic,
    data: JSON.stringify(figure),
    sort_order: sortOrder,
    revision,
  };
  await db
    .insertInto("knowledge_figure")
    .values(row)
    .onConflict((oc) => oc.column("id").doUpdateSet({ ...row, updated_at: new Date() }))
    .execute();
  return true;
}

/** Loads validated content (from content/) into the database; returns how many records changed. */
export async function saveContent(db: Db, content: KnowledgeContent, origin: Origin): Promise<number> {
  let written = 0;
  for (const [index, figure] of content.figures.entries())
    if (await saveFigure(db, figure, index, origin)) written++;
  for (const [index, item] of content.library.entries())
    if (await saveLibraryItem(db, item, index, origin)) written++;
  for (const page of content.pages) if (await savePage(db, page, origin)) written++;
  return written;
}

/** Page columns; the review date as text (YYYY-MM-DD), the same on both engines and in every time zone. */
function selectPages(db: Db) {
  return db
    .selectFrom("knowledge_page")
    .select([
      "id",
      "locale",
      "section",
      "title",
      "summary",
      "body",
      "actions",
      "pictogram",
      "related",
      "printable",
      "sort_order",
      "revision",
      sql<string>`reviewed_on::text`.as("reviewed_on"),
    ]);
}

type PageRow = Awaited<ReturnType<ReturnType<typeof selectPages>["execute"]>>[number];

function toPage(row: PageRow): StoredPage {
  const related = (typeof row.related === "string" ? JSON.parse(row.related) : row.related) as PageRelations;
  return {
    id: row.id,
    locale: row.locale,
    section: row.section,
    title: row.title,
    summary: row.summary,
    body: row.body,
    ...(row.actions === null ? {} : { actions: row.actions }),
    ...(row.pictogram === null ? {} : { pictogram: row.pictogram }),
    printable: row.printable,
    reviewed: row.reviewed_on,
    order: row.sort_order,
    instruments: related.instruments as KnowledgePage["instruments"],
    services: related.services,
    library: related.library,
    figures: related.figures,
    sources: related.sources ?? [],
    revision: row.revision,
  };
}

export type StoredPage = KnowledgePage & { revision: number };

/**
 * A page in the reader's language; the Dutch page when there is no
 * translation (then `locale` says "nl", so the page can mark its language).
 */
export async function getPage(
  db: Db,
  section: PageSection,
  id: string,
  locale: PageLocale,
): Promise<StoredPage | undefined> {
  const rows = await selectPages(db)
    .where("section", "=", section)
    .where("id", "=", id)
    .where("locale", "in", locale === "nl" ? ["nl"] : [locale, "nl"])
    .execute();
  const row = rows.find((candidate) => candidate.locale === locale) ?? rows[0];
  return row ? toPage(row) : undefined;
}

/** The pages of a section in their order, each in the reader's language (or Dutch). */
export async function listPages(db: Db, section: PageSection, locale: PageLocale): Promise<StoredPage[]> {
  const rows = await selectPages(db)
    .where("section", "=", section)
    .orderBy("sort_order")
    .orderBy("id")
    .execute();
  const byId = new Map<string, PageRow>();
  for (const row of rows) {
    const current = byId.get(row.id);
    if (!current || row.locale === locale) byId.set(row.id, row);
  }
  return [...byId.values()].map(toPage);
}

/** A section's pages for a list: title, summary, pictogram, and `lang` when shown in Dutch to an English reader. */
export async function listPageSummaries(db: Db, section: PageSection, locale: PageLocale) {
  return (await listPages(db, section, locale)).map((page) => ({
    id: page.id,
    title: page.title,
    summary: page.summary,
    pictogram: page.pictogram ?? null,
    lang: page.locale === locale ? null : page.locale,
  }));
}

/** Knowledge pages that list this library item as related, in the reader's language. */
export async function pagesRelatedToLibraryItem(
  db: Db,
  itemId: string,
  locale: PageLocale,
): Promise<StoredPage[]> {
  const pages = await listPages(db, "kennisbank", locale);
  return pages.filter((page) => page.library.includes(itemId));
}

const libraryColumns = [
  "id",
  "type",
  "title",
  "maker",
  "year",
  "series",
  "audience",
  "forms",
  "summary_nl",
  "summary_en",
  "parts",
  "figures",
  "url",
] as const;

function toLibraryItem(
  row: Pick<Selectable<LibraryItemTable>, (typeof libraryColumns)[number]>,
): LibraryItem {
  return libraryItemSchema.parse({
    id: row.id,
    type: row.type,
    title: row.title,
    ...(row.maker === null ? {} : { maker: row.maker }),
    ...(row.year === null ? {} : { year: row.year }),
    ...(row.series === null ? {} : { series: row.series }),
    audience: row.audience,
    forms: row.forms,
    summary: { nl: row.summary_nl, en: row.summary_en },
    ...(row.parts.length === 0 ? {} : { parts: row.parts }),
    ...(row.figures.length === 0 ? {} : { figures: row.figures }),
    ...(row.url === null ? {} : { url: row.url }),
  });
}

/** Every library item, in content order. */
export async function listLibraryItems(db: Db): Promise<LibraryItem[]> {
  const rows = await db.selectFrom("library_item").select(libraryColumns).orderBy("sort_order").execute();
  return rows.map(toLibraryItem);
}

export async function getLibraryItem(db: Db, id: string): Promise<LibraryItem | undefined> {
  const row = await db
    .selectFrom("library_item")
    .select(libraryColumns)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toLibraryItem(row) : undefined;
}

/** Library items by id, in the order asked (unknown ids are left out). */
export async function libraryItemsByIds(db: Db, ids: readonly string[]): Promise<LibraryItem[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom("library_item").select(libraryColumns).where("id", "in", ids).execute();
  const items = new Map(rows.map((row) => [row.id, toLibraryItem(row)]));
  return ids.flatMap((id) => items.get(id) ?? []);
}

/**
 * Every key figure, in content order. A row that no longer fits the schema
 * (stored in an older shape, before figures had a source id and a year) is
 * left out rather than breaking the page; the seeder rewrites those rows.
 */
export async function listFigures(db: Db): Promise<Figure[]> {
  const rows = await db.selectFrom("knowledge_figure").select("data").orderBy("sort_order").execute();
  return rows.flatMap((row) => {
    let data: unknown = row.data;
    if (typeof data === "string") {
      try {
        data = JSON.parse(data);
      } catch {
        return [];
      }
    }
    const parsed = figureSchema.safeParse(data);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The whole current content, for `zicht content export`. */
export async function readStoredContent(db: Db): Promise<KnowledgeContent> {
  const rows = await selectPages(db)
    .orderBy("section")
    .orderBy("sort_order")
    .orderBy("id")
    .orderBy("locale")
    .execute();
  const pages = rows.map((row) => {
    const { revision: _revision, ...page } = toPage(row);
    return page;
  });
  return { pages, library: await listLibraryItems(db), figures: await listFigures(db) };
}

/** One revision as the history shows it: number, who, when, why; `data` is the whole content then. */
export interface RevisionEntry {
  revision: number;
  origin: Origin;
  authorId: string | null;
  /** The author's name, or e-mail address when the account has no name. */
  author: string | null;
  note: string | null;
  createdAt: Date;
  data: unknown;
}

function selectRevisions(db: Db, entity: Entity, entityId: string, locale: string) {
  return db
    .selectFrom("content_revision as r")
    .leftJoin("user_account as u", "u.id", "r.author_id")
    .select([
      "r.revision",
      "r.origin",
      "r.author_id",
      "r.note",
      "r.created_at",
      "r.data",
      "u.name as author_name",
      "u.email as author_email",
    ])
    .where("r.entity", "=", entity)
    .where("r.entity_id", "=", entityId)
    .where("r.locale", "=", locale);
}

type RevisionRow = Awaited<ReturnType<ReturnType<typeof selectRevisions>["execute"]>>[number];

function toRevisionEntry(row: RevisionRow): RevisionEntry {
  return {
    revision: row.revision,
    origin: row.origin,
    authorId: row.author_id,
    author: row.author_name || row.author_email || null,
    note: row.note,
    createdAt: new Date(row.created_at),
    data: typeof row.data === "string" ? JSON.parse(row.data) : row.data,
  };
}

/** The revision history of one piece of content, oldest first. */
export async function listRevisions(
  db: Db,
  entity: Entity,
  entityId: string,
  locale = "",
): Promise<RevisionEntry[]> {
  const rows = await selectRevisions(db, entity, entityId, locale).orderBy("r.revision").execute();
  return rows.map(toRevisionEntry);
}

/** One revision, or undefined. */
export async function getRevision(
  db: Db,
  entity: Entity,
  entityId: string,
  locale: string,
  revision: number,
): Promise<RevisionEntry | undefined> {
  const row = await selectRevisions(db, entity, entityId, locale)
    .where("r.revision", "=", revision)
    .executeTakeFirst();
  return row ? toRevisionEntry(row) : undefined;
}

/** The page's key in the revision table: "<section>/<id>". */
export function pageEntityId(page: { section: PageSection; id: string }): string {
  return `${page.section}/${page.id}`;
}

/** A page in exactly this language (no fallback), for editing. */
export async function getPageForEditing(
  db: Db,
  section: PageSection,
  id: string,
  locale: PageLocale,
): Promise<StoredPage | undefined> {
  const row = await selectPages(db)
    .where("section", "=", section)
    .where("id", "=", id)
    .where("locale", "=", locale)
    .executeTakeFirst();
  return row ? toPage(row) : undefined;
}

/** Every page of every section and language, for the editors' list: with its last editor. */
export async function listPagesForEditing(db: Db) {
  const rows = await db
    .selectFrom("knowledge_page as p")
    .leftJoin("content_revision as r", (join) =>
      join
        .on("r.entity", "=", "knowledge_page")
        .onRef("r.entity_id", "=", sql<string>`p.section || '/' || p.id`)
        .onRef("r.locale", "=", "p.locale")
        .onRef("r.revision", "=", "p.revision"),
    )
    .leftJoin("user_account as u", "u.id", "r.author_id")
    .select([
      "p.section",
      "p.id",
      "p.locale",
      "p.title",
      "p.revision",
      sql<string>`p.reviewed_on::text`.as("reviewed"),
      "r.origin",
      "r.created_at",
      "u.name as author_name",
      "u.email as author_email",
    ])
    .orderBy("p.section")
    .orderBy("p.sort_order")
    .orderBy("p.id")
    .orderBy("p.locale", "desc")
    .execute();
  return rows.map((row) => ({
    section: row.section,
    id: row.id,
    locale: row.locale,
    title: row.title,
    revision: row.revision,
    reviewed: row.reviewed,
    origin: row.origin,
    author: row.author_name || row.author_email || null,
    savedAt: row.created_at === null ? null : new Date(row.created_at),
  }));
}

/** A library item with its current revision number, for editing. */
export async function getLibraryItemForEditing(
  db: Db,
  id: string,
): Promise<{ item: LibraryItem; revision: number } | undefined> {
  const row = await db
    .selectFrom("library_item")
    .select([...libraryColumns, "revision"])
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? { item: toLibraryItem(row), revision: row.revision } : undefined;
}

/** The current revision number of each library item, by id. */
export async function libraryRevisions(db: Db): Promise<Map<string, number>> {
  const rows = await db.selectFrom("library_item").select(["id", "revision"]).execute();
  return new Map(rows.map((row) => [row.id, row.revision]));
}

/** What an editor's save did. */
export type EditOutcome =
  | { outcome: "saved"; revision: number }
  /** The content is the same as the current revision: nothing written. */
  | { outcome: "unchanged"; revision: number }
  /** Someone saved after the revision the form was based on: nothing written. */
  | { outcome: "conflict"; current: RevisionEntry }
  /** The page or item does not exist (or no longer). */
  | { outcome: "missing" }
  /** A new library item with an id that is taken. */
  | { outcome: "exists" };

export interface EditMeta {
  /** The revision the editor's form was based on ("new" for a new library item). */
  basedOn: number | "new";
  authorId: string;
  note: string | null;
}

async function conflictOrNull(
  trx: Db,
  entity: Entity,
  entityId: string,
  locale: string,
  current: number,
  basedOn: number,
): Promise<EditOutcome | null> {
  if (current === basedOn) return null;
  const latest = await getRevision(trx, entity, entityId, locale, current);
  if (!latest) throw new Error(`revisie ${current} van ${entity} ${entityId} ontbreekt`);
  return { outcome: "conflict", current: latest };
}

/**
 * An editor saves a page: in one transaction, with the page row locked, the
 * form's revision must still be the current one (optimistic concurrency);
 * then a new revision is written (or nothing, when nothing changed).
 */
export async function editPage(db: Db, page: KnowledgePage, meta: EditMeta): Promise<EditOutcome> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("knowledge_page")
      .select("revision")
      .where("section", "=", page.section)
      .where("id", "=", page.id)
      .where("locale", "=", page.locale)
      .forUpdate()
      .executeTakeFirst();
    if (!row || meta.basedOn === "new") return { outcome: "missing" } as const;
    const entityId = pageEntityId(page);
    const conflict = await conflictOrNull(
      trx,
      "knowledge_page",
      entityId,
      page.locale,
      row.revision,
      meta.basedOn,
    );
    if (conflict) return conflict;
    const saved = await savePage(trx, page, { origin: "editor", authorId: meta.authorId, note: meta.note });
    return saved
      ? { outcome: "saved", revision: row.revision + 1 }
      : { outcome: "unchanged", revision: row.revision };
  });
}

/**
 * An editor saves a library item (new, or based on a revision), with the
 * same concurrency check as pages. A new item goes at the end of the list.
 */
export async function editLibraryItem(db: Db, item: LibraryItem, meta: EditMeta): Promise<EditOutcome> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("library_item")
      .select(["revision", "sort_order"])
      .where("id", "=", item.id)
      .forUpdate()
      .executeTakeFirst();
    let sortOrder: number;
    if (meta.basedOn === "new") {
      if (row) return { outcome: "exists" } as const;
      const last = await trx
        .selectFrom("library_item")
        .select(sql<number | null>`max(sort_order)`.as("last"))
        .executeTakeFirst();
      sortOrder = (last?.last ?? -1) + 1;
    } else {
      if (!row) return { outcome: "missing" } as const;
      const conflict = await conflictOrNull(trx, "library_item", item.id, "", row.revision, meta.basedOn);
      if (conflict) return conflict;
      sortOrder = row.sort_order;
    }
    const saved = await saveLibraryItem(trx, item, sortOrder, {
      origin: "editor",
      authorId: meta.authorId,
      note: meta.note,
    });
    const before = row?.revision ?? 0;
    return saved ? { outcome: "saved", revision: before + 1 } : { outcome: "unchanged", revision: before };
  });
}
