import { data, Form } from "react-router";
import type { Route } from "./+types/index";
import { useLocale, useTranslate } from "../../i18n/use-translate";
import { requireCsrfToken, requirePermission } from "../../modules/accounts/guard.server";
import { listDueTasks, listOpenCases } from "../../modules/cases/cases.server";
import { caseSettings, setCloseRequiresApproval } from "../../modules/cases/closing.server";
import { statusKeys, taskKindKeys } from "../../modules/cases/labels";
import { readScope } from "../../modules/cases/visibility";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { Checkbox } from "../../ui/choice-group";
import { Button } from "../../ui/button";
import { CsrfField, HiddenField } from "../../ui/csrf-field";
import { DataTable } from "../../ui/data-table";
import { FormMessage } from "../../ui/form-message";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { formatDay, formatMoment } from "../../ui/moment";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Pagination } from "../../ui/pagination";
import { Paragraph } from "../../ui/paragraph";
import { actorOf, requireCaseReader, today } from "./case-access.server";

export const handle: RouteHandle = { breadcrumb: "cases.title" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "cases.title");
}

const pageSize = 20;
const pageParam = (value: string | null) => {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
};

/** The dashboard: tasks and reminders due (soonest first) and the open cases the person may see. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { me, actor } = await requireCaseReader(request, context);
  const url = new URL(request.url);
  const page = pageParam(url.searchParams.get("pagina"));
  const taskPage = pageParam(url.searchParams.get("taken"));
  const [cases, tasks, settings] = await Promise.all([
    listOpenCases(context.db, context.config, actor, { page, pageSize, mine: false }),
    listDueTasks(context.db, actor, { page: taskPage, pageSize }),
    caseSettings(context.db, actor.tenantId),
  ]);
  return {
    csrf: me.csrfToken,
    organisationWide: readScope(actor) === "org",
    today: today(),
    page,
    taskPage,
    pageCount: Math.max(1, Math.ceil(cases.total / pageSize)),
    taskPageCount: Math.max(1, Math.ceil(tasks.total / pageSize)),
    cases: cases.items.map((item) => ({ ...item, updatedAt: item.updatedAt.toISOString() })),
    tasks: tasks.items,
    closeRequiresApproval: settings.closeRequiresApproval,
  };
}

/** A safeguarding officer sets whether closing a case needs their approval. */
export async function action({ request, context }: Route.ActionArgs) {
  const me = await requirePermission(request, context, "write:case:org");
  const form = await request.formData();
  requireCsrfToken(form, me);
  if (form.get("intent") !== "settings") throw data(null, { status: 400 });
  await setCloseRequiresApproval(
    context.db,
    actorOf(me).tenantId,
    form.get("closeRequiresApproval") === "yes",
  );
  return { saved: true };
}

export default function Cases({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const locale = useLocale();
  const { cases, tasks } = loaderData;
  return (
    <PageContent>
      <Heading level={1}>{t("cases.title")}</Heading>
      <PageIntro>
        {t(loaderData.organisationWide ? "cases.dashboard.introOrg" : "cases.dashboard.intro")}
      </PageIntro>
      <Paragraph>
        <Link to="/casussen/nieuw">{t("cases.new.title")}</Link>
      </Paragraph>

      <PageSection headingId="taken" heading={t("cases.dashboard.tasks")}>
        {tasks.length === 0 ? (
          <Paragraph>{t("cases.dashboard.noTasks")}</Paragraph>
        ) : (
          <DataTable
            caption={t("cases.dashboard.tasksCaption")}
            headers={[t("cases.dashboard.due"), t("cases.dashboard.task"), t("cases.dashboard.case")]}
            rowHeaders
            rows={tasks.map((task) => ({
              key: task.id,
              cells: [
                <span key="due">
                  {formatDay(task.dueOn, locale)}
                  {task.dueOn <= loaderData.today ? ` (${t("cases.dashboard.dueNow")})` : ""}
                </span>,
                t(taskKindKeys[task.kind as keyof typeof taskKindKeys]),
                <Link key="case" to={`/casussen/${task.caseId}`}>
                  {task.pseudonym}
                </Link>,
              ],
            }))}
          />
        )}
        <Pagination
          label={t("cases.dashboard.tasksPages")}
          page={loaderData.taskPage}
          pageCount={loaderData.taskPageCount}
          href={(page) => `/casussen?taken=${page}&pagina=${loaderData.page}`}
          previousLabel={t("directory.pagination.previous")}
          nextLabel={t("directory.pagination.next")}
          statusLabel={t("directory.pagination.status", {
            page: loaderData.taskPage,
            count: loaderData.taskPageCount,
          })}
        />
      </PageSection>

      <PageSection
        headingId="open-casussen"
        heading={t(loaderData.organisationWide ? "cases.dashboard.openOrg" : "cases.dashboard.open")}
      >
        {cases.length === 0 ? (
          <Paragraph>{t("cases.dashboard.noCases")}</Paragraph>
        ) : (
          <DataTable
            caption={t("cases.dashboard.casesCaption")}
            headers={[
              t("cases.field.pseudonym"),
              t("cases.dashboard.status"),
              t("cases.dashboard.owner"),
              t("cases.dashboard.openTasks"),
              t("cases.dashboard.changed"),
            ]}
            rowHeaders
            rows={cases.map((item) => ({
              key: item.id,
              cells: [
                <Link key="case" to={`/casussen/${item.id}`}>
                  {item.pseudonym}
                </Link>,
                t(statusKeys[item.status]),
                item.ownerName,
                String(item.openTasks),
                formatMoment(item.updatedAt, locale),
              ],
            }))}
          />
        )}
        <Pagination
          label={t("cases.dashboard.casesPages")}
          page={loaderData.page}
          pageCount={loaderData.pageCount}
          href={(page) => `/casussen?pagina=${page}&taken=${loaderData.taskPage}`}
          previousLabel={t("directory.pagination.previous")}
          nextLabel={t("directory.pagination.next")}
          statusLabel={t("directory.pagination.status", {
            page: loaderData.page,
            count: loaderData.pageCount,
          })}
        />
      </PageSection>

      {loaderData.organisationWide ? (
        <PageSection headingId="instellingen" heading={t("cases.settings.title")}>
          {actionData?.saved ? <FormMessage kind="success">{t("cases.settings.saved")}</FormMessage> : null}
          <Form method="post" className="zicht-account-form" aria-labelledby="instellingen">
            <CsrfField token={loaderData.csrf} />
            <HiddenField name="intent" value="settings" />
            <Checkbox
              id="closeRequiresApproval"
              name="closeRequiresApproval"
              value="yes"
              checked={loaderData.closeRequiresApproval}
              label={t("cases.settings.closeRequiresApproval")}
            />
            <div>
              <Button appearance="subtle">{t("cases.settings.save")}</Button>
            </div>
          </Form>
        </PageSection>
      ) : null}
    </PageContent>
  );
}
