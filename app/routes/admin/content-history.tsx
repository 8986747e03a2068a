import { data, Form, redirect } from "react-router";
import type { AppLoadContext } from "react-router";
import type { Route } from "./+types/content-history";
import { localeFromCookieHeader, translator } from "../../i18n";
import { useLocale, useTranslate } from "../../i18n/use-translate";
import { notFound, requireCsrfToken, requirePermission } from "../../modules/accounts/guard.server";
import { audit } from "../../modules/accounts/web-session.server";
import {
  formValues,
  libraryItemAsText,
  libraryItemFromRevision,
  lineDiff,
  pageAsText,
  pageFromRevision,
  parseBasedOn,
} from "../../modules/knowledge/editing";
import {
  editLibraryItem,
  editPage,
  getLibraryItemForEditing,
  getPageForEditing,
  getRevision,
  listRevisions,
  pageEntityId,
  type EditOutcome,
  type RevisionEntry,
} from "../../modules/knowledge/knowledge.server";
import { pageLocales, pageSections } from "../../modules/knowledge/page";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { Button } from "../../ui/button";
import { conflictOf, ConflictMessage, DiffView } from "../../ui/content-editing";
import { CsrfField, HiddenField } from "../../ui/csrf-field";
import { DataTable } from "../../ui/data-table";
import { FormMessage } from "../../ui/form-message";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { formatMoment } from "../../ui/moment";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";

export const handle: RouteHandle = { breadcrumbsFromData: true };

export function meta({ data: loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: `${loaderData.heading} | Zicht` }] : [];
}

/**
 * The revision history of a knowledge page or a library item (the same
 * screen for both): every revision with who, when and why; one revision
 * compared line by line with the current one; and restoring it, which
 * stores it again as a new revision (history is never rewritten).
 */
interface Target {
  kind: "page" | "library";
  entity: "knowledge_page" | "library_item";
  entityId: string;
  locale: string;
  title: string;
  revision: number;
  editPath: string;
  listPath: string;
  listLabel: "admin.content.title" | "admin.library.title";
  asText: (data: unknown) => string;
  restore: (data: unknown, meta: { basedOn: number; authorId: string; note: string }) => Promise<EditOutcome>;
}

async function findTarget(
  context: AppLoadContext,
  params: { section?: string; id?: string; locale?: string },
): Promise<Target> {
  const db = context.db;
  if (params.section !== undefined) {
    const section = pageSections.find((candidate) => candidate === params.section);
    const locale = pageLocales.find((candidate) => candidate === params.locale);
    if (!section || !locale || !params.id) notFound();
    const page = await getPageForEditing(db, section, params.id, locale);
    if (!page) notFound();
    const where = { id: page.id, section, locale };
    return {
      kind: "page",
      entity: "knowledge_page",
      entityId: pageEntityId(where),
      locale,
      title: `${page.title} (${locale === "nl" ? "NL" : "EN"})`,
      revision: page.revision,
      editPath: `/beheer/kennisbank/${section}/${page.id}/${locale}`,
      listPath: "/beheer/kennisbank",
      listLabel: "admin.content.title",
      asText: (revision) => pageAsText(pageFromRevision(revision, where)),
      restore: (revision, meta) => editPage(db, pageFromRevision(revision, where), meta),
    };
  }
  if (!params.id) notFound();
  const found = await getLibraryItemForEditing(db, params.id);
  if (!found) notFound();
  const { item, revision } = found;
  return {
    kind: "library",
    entity: "library_item",
    entityId: item.id,
    locale: "",
    title: item.title,
    revision,
    editPath: `/beheer/bibliotheek/${item.id}`,
    listPath: "/beheer/bibliotheek",
    listLabel: "admin.library.title",
    asText: (revision) => libraryItemAsText(libraryItemFromRevision(revision)),
    restore: (revision, meta) => editLibraryItem(db, libraryItemFromRevision(revision), meta),
  };
}

function entryView(entry: RevisionEntry) {
  return {
    revision: entry.revision,
    origin: entry.origin,
    author: entry.author,
    note: entry.note,
    createdAt: entry.createdAt.toISOString(),
  };
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const me = await requirePermission(request, context, "edit:content:any");
  const target = await findTarget(context, params);
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  const url = new URL(request.url);
  const revisions = await listRevisions(context.db, target.entity, target.entityId, target.locale);
  const current = revisions.find((entry) => entry.revision === target.revision);
  if (!current) throw new Error(`revisie ${target.revision} van ${target.entityId} ontbreekt`);
  const asked = url.searchParams.get("revisie");
  let selected: (ReturnType<typeof entryView> & { diff: ReturnType<typeof lineDiff> }) | null = null;
  if (asked !== null) {
    const entry = /^[1-9][0-9]{0,8}$/.test(asked)
      ? revisions.find((candidate) => candidate.revision === Number(asked))
      : undefined;
    if (!entry) notFound();
    selected = {
      ...entryView(entry),
      diff: lineDiff(target.asText(entry.data), target.asText(current.data)),
    };
  }
  const heading = t("admin.history.title", { title: target.title });
  return {
    csrf: me.csrfToken,
    heading,
    breadcrumbs: [
      { path: "/beheer", label: t("admin.title") },
      { path: target.listPath, label: t(target.listLabel) },
      { path: target.editPath, label: target.title },
      { path: url.pathname, label: t("admin.content.historyLink") },
    ],
    editPath: target.editPath,
    current: target.revision,
    revisions: revisions.map(entryView).reverse(),
    selected,
    restored: url.searchParams.get("teruggezet"),
    unchanged: url.searchParams.has("ongewijzigd"),
  };
}

/** Restore: the old revision's content becomes a new revision, if no one saved in the meantime. */
export async function action({ request, params, context }: Route.ActionArgs) {
  const me = await requirePermission(request, context, "edit:content:any");
  const form = await request.formData();
  requireCsrfToken(form, me);
  const target = await findTarget(context, params);
  const values = formValues(form);
  const basedOn = parseBasedOn(values);
  const wanted = parseBasedOn({ basedOn: values.revision ?? "" });
  if (values.intent !== "restore" || basedOn === undefined || wanted === undefined)
    throw data(null, { status: 400 });
  const old = await getRevision(context.db, target.entity, target.entityId, target.locale, wanted);
  if (!old) notFound();
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  const result = await target.restore(old.data, {
    basedOn,
    authorId: me.userId,
    note: t("admin.history.restoredNote", { revision: String(wanted) }),
  });
  if (result.outcome === "missing" || result.outcome === "exists") notFound();
  if (result.outcome === "conflict") {
    return data(
      {
        conflict: conflictOf(result.current),
      },
      { status: 409 },
    );
  }
  const path = new URL(request.url).pathname;
  if (result.outcome === "unchanged") return redirect(`${path}?ongewijzigd=1`);
  await audit(context, target.kind === "page" ? "content.page_restored" : "content.library_item_restored", {
    actorUserId: me.userId,
    tenantId: me.tenantId,
    targetType: target.entity,
    targetId: target.locale ? `${target.entityId}/${target.locale}` : target.entityId,
  });
  return redirect(`${path}?teruggezet=${wanted}`);
}

export default function History({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const locale = useLocale();
  const { selected, current } = loaderData;
  const conflict = actionData?.conflict;
  const who = (entry: { origin: string; author: string | null }) =>
    entry.origin === "seed"
      ? t("admin.content.fromFiles")
      : (entry.author ?? t("admin.content.unknownAuthor"));
  return (
    <PageContent variant="wide">
      <Heading level={1}>{loaderData.heading}</Heading>
      <PageIntro>{t("admin.history.intro")}</PageIntro>
      {loaderData.restored ? (
        <FormMessage kind="success">
          {t("admin.history.restored", { revision: loaderData.restored, current: String(current) })}
        </FormMessage>
      ) : null}
      {loaderData.unchanged ? <FormMessage kind="success">{t("admin.history.unchanged")}</FormMessage> : null}
      {conflict ? <ConflictMessage conflict={conflict} /> : null}
      <DataTable
        caption={t("admin.history.caption")}
        rowHeaders
        headers={[
          t("admin.history.version"),
          t("admin.history.when"),
          t("admin.history.who"),
          t("admin.history.note"),
          t("admin.history.compare"),
        ]}
        rows={loaderData.revisions.map((entry) => ({
          key: String(entry.revision),
          cells: [
            entry.revision === current
              ? t("admin.history.currentVersion", { revision: String(entry.revision) })
              : String(entry.revision),
            formatMoment(entry.createdAt, locale),
            who(entry),
            entry.note ?? "–",
            entry.revision === current ? (
              "–"
            ) : (
              <Link
                key="compare"
                to={`?revisie=${entry.revision}#versie`}
                aria-label={t("admin.history.compareLabel", { revision: String(entry.revision) })}
              >
                {t("admin.history.view")}
              </Link>
            ),
          ],
        }))}
      />
      {selected ? (
        <PageSection
          headingId="versie"
          heading={t("admin.history.selected", {
            revision: String(selected.revision),
            current: String(current),
          })}
        >
          <Paragraph>
            {t("admin.history.selectedBy", {
              who: who(selected),
              moment: formatMoment(selected.createdAt, locale),
            })}
          </Paragraph>
          <Paragraph>{t("admin.history.diffExplained")}</Paragraph>
          <DiffView
            lines={selected.diff}
            labels={{
              added: t("admin.history.added"),
              removed: t("admin.history.removed"),
              caption: t("admin.history.diffCaption", {
                revision: String(selected.revision),
                current: String(current),
              }),
            }}
          />
          {selected.revision !== current ? (
            <Form method="post">
              <CsrfField token={loaderData.csrf} />
              <HiddenField name="intent" value="restore" />
              <HiddenField name="revision" value={String(selected.revision)} />
              <HiddenField name="basedOn" value={String(current)} />
              <Button appearance="primary-action">
                {t("admin.history.restore", { revision: String(selected.revision) })}
              </Button>
            </Form>
          ) : null}
        </PageSection>
      ) : null}
      <Paragraph>
        <Link to={loaderData.editPath}>{t("admin.history.backToEdit")}</Link>
      </Paragraph>
    </PageContent>
  );
}
