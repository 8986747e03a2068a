import { data, Form } from "react-router";
import { taxonomies } from "../../../content/taxonomies";
import type { MessageKey } from "../../i18n";
import type { Route } from "./+types/index";
import { useLocale, useTranslate } from "../../i18n/use-translate";
import { hasCsrfToken } from "../../modules/accounts/guard.server";
import {
  caseListDue,
  caseListParams,
  caseListQuery,
  caseListSorts,
  caseListTabs,
  caseListWords,
  parseCaseListFilters,
  searchMaxLength,
  type CaseListDue,
  type CaseListFilterName,
  type CaseListFilters,
  type CaseListSort,
  type CaseListTab,
} from "../../modules/cases/case-list";
import { listCaseOwners, listCases } from "../../modules/cases/case-list.server";
import { listDueTasks } from "../../modules/cases/cases.server";
import { urgentAdviceTitle } from "../../modules/cases/urgent-advice";
import {
  caseSettings,
  setCloseRequiresApproval,
  setCloseRequiresComplete,
} from "../../modules/cases/closing.server";
import { outcomeKeys, statusKeys, stepTitleKeys, taskKindKeys } from "../../modules/cases/labels";
import { readScope } from "../../modules/cases/visibility";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { Checkbox } from "../../ui/choice-group";
import { Button } from "../../ui/button";
import { CsrfField, HiddenField } from "../../ui/csrf-field";
import { DataTable } from "../../ui/data-table";
import { FormField } from "../../ui/form-field";
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
import { Select } from "../../ui/select";
import { TextField } from "../../ui/text-field";
import { refuseCase, requireCasePermission, requireCaseReader, today } from "./case-access.server";

const formTerms = taxonomies.find((taxonomy) => taxonomy.id === "uitbuitingsvorm")?.terms ?? [];
const stepNumbers = [1, 2, 3, 4, 5] as const;

export const handle: RouteHandle = { breadcrumb: "cases.title" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "cases.title");
}

const taskPageSize = 20;
const casePageSize = 25;
const pageParam = (value: string | null) => {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
};

/**
 * The dashboard: tasks and reminders due (soonest first), and the case list
 * with its tabs (open, waiting for approval, closed), search and filters
 * from the URL. A filter value we do not know is ignored and named.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { me, actor } = await requireCaseReader(request, context);
  const url = new URL(request.url);
  const parsed = parseCaseListFilters(url.searchParams);
  const invalid = [...parsed.invalid];
  const filters = { ...parsed.filters };
  const owners = await listCaseOwners(context.db, actor);
  // An owner whose cases the person cannot see is not a choice of the form.
  if (filters.owner && !owners.some((owner) => owner.id === filters.owner)) {
    delete filters.owner;
    invalid.push("owner");
  }
  const taskPage = pageParam(url.searchParams.get("taken"));
  const [cases, tasks, settings] = await Promise.all([
    listCases(context.db, context.config, actor, filters, { pageSize: casePageSize }),
    listDueTasks(context.db, actor, { page: taskPage, pageSize: taskPageSize }),
    caseSettings(context.db, actor.tenantId),
  ]);
  return {
    csrf: me.csrfToken,
    organisationWide: readScope(actor) === "org",
    today: today(),
    filters: { ...filters, page: cases.page },
    invalid,
    /** The search as typed, so the form shows it again (also when it was too long). */
    searchValue: url.searchParams.get(caseListParams.search) ?? "",
    owners,
    taskPage,
    taskPageCount: Math.max(1, Math.ceil(tasks.total / taskPageSize)),
    cases: cases.items.map((item) => ({
      ...item,
      updatedAt: item.updatedAt.toISOString(),
      closedAt: item.closedAt?.toISOString() ?? null,
    })),
    total: cases.total,
    counts: cases.counts,
    pageCount: cases.pageCount,
    tasks: tasks.items.map((task) => ({
      ...task,
      advice: task.kind === "urgent_advice" ? urgentAdviceTitle(task.detail) : null,
    })),
    closeRequiresApproval: settings.closeRequiresApproval,
    closeRequiresComplete: settings.closeRequiresComplete,
  };
}

/**
 * A safeguarding officer sets whether closing a case needs their approval,
 * and whether closing is refused while points are open.
 */
export async function action({ request, context }: Route.ActionArgs) {
  const { me, actor } = await requireCasePermission(request, context, null, "write:case:org");
  const form = await request.formData();
  if (!hasCsrfToken(form, me)) await refuseCase(request, context, actor, null, "forbidden");
  if (form.get("intent") !== "settings") throw data(null, { status: 400 });
  await setCloseRequiresApproval(context.db, actor.tenantId, form.get("closeRequiresApproval") === "yes");
  await setCloseRequiresComplete(context.db, actor.tenantId, form.get("closeRequiresComplete") === "yes");
  return { saved: true };
}

const tabKeys: Record<CaseListTab, MessageKey> = {
  open: "cases.list.tab.open",
  closing: "cases.list.tab.closing",
  closed: "cases.list.tab.closed",
};
const captionKeys: Record<CaseListTab, MessageKey> = {
  open: "cases.list.caption.open",
  closing: "cases.list.caption.closing",
  closed: "cases.list.caption.closed",
};
const dueKeys: Record<CaseListDue, MessageKey> = {
  now: "cases.list.due.now",
  week: "cases.list.due.week",
  later: "cases.list.due.later",
  none: "cases.list.due.none",
};
const sortKeys: Record<CaseListSort, MessageKey> = {
  changed: "cases.list.sort.changed",
  pseudonym: "cases.list.sort.pseudonym",
  due: "cases.list.sort.due",
  step: "cases.list.sort.step",
  opened: "cases.list.sort.opened",
};

/** The address of the dashboard with these filters and this page of tasks. */
function dashboardHref(filters: CaseListFilters, taskPage: number): string {
  const query = new URLSearchParams(caseListQuery(filters));
  if (taskPage > 1) query.set("taken", String(taskPage));
  const text = query.toString();
  return text ? `/casussen?${text}` : "/casussen";
}

export default function Cases({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const locale = useLocale();
  const { cases, tasks, filters, invalid, taskPage } = loaderData;
  const filtered = Boolean(filters.search || filters.step || filters.form || filters.owner || filters.due);
  const error = (name: CaseListFilterName) => (invalid.includes(name) ? t("cases.list.invalid") : undefined);
  const dash = "—";
  return (
    <PageContent variant="wide">
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
                // An urgent-advice task names its advice, as on the case page.
                `${t(taskKindKeys[task.kind as keyof typeof taskKindKeys])}${task.advice ? ` (${task.advice})` : ""}`,
                <Link
                  key="case"
                  to={`/casussen/${task.caseId}${task.kind === "approve_closing" ? "/afsluiten" : ""}`}
                >
                  {task.pseudonym}
                </Link>,
              ],
            }))}
          />
        )}
        <Pagination
          label={t("cases.dashboard.tasksPages")}
          page={taskPage}
          pageCount={loaderData.taskPageCount}
          href={(page) => dashboardHref(filters, page)}
          previousLabel={t("directory.pagination.previous")}
          nextLabel={t("directory.pagination.next")}
          statusLabel={t("directory.pagination.status", {
            page: taskPage,
            count: loaderData.taskPageCount,
          })}
        />
      </PageSection>

      <PageSection
        headingId="casussen"
        heading={t(loaderData.organisationWide ? "cases.list.headingOrg" : "cases.list.heading")}
      >
        <nav aria-label={t("cases.list.tabs")} className="zicht-tabs">
          <ul className="zicht-tabs__list">
            {caseListTabs.map((tab) => (
              <li key={tab}>
                <Link
                  className="zicht-tabs__link"
                  to={dashboardHref({ ...filters, tab, page: 1 }, taskPage)}
                  aria-current={tab === filters.tab ? "page" : undefined}
                >
                  {t(tabKeys[tab], { count: loaderData.counts[tab] })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>

        <Form method="get" action="/casussen" className="zicht-filters" aria-labelledby="filters-heading">
          <Heading level={3} id="filters-heading">
            {t("cases.list.filters")}
          </Heading>
          {filters.tab !== "open" ? (
            <HiddenField name={caseListParams.tab} value={caseListWords.tab[filters.tab]} />
          ) : null}
          <TextField
            name={caseListParams.search}
            id="filter-zoek"
            label={t("cases.list.search")}
            hint={t("cases.list.searchHint")}
            error={invalid.includes("search") ? t("cases.list.searchTooLong") : undefined}
            value={loaderData.searchValue}
            maxLength={searchMaxLength}
          />
          <div className="zicht-filters__fields zicht-filters__fields--wide">
            <FormField inputId="filter-stap" label={t("cases.list.step")} error={error("step")}>
              <Select
                id="filter-stap"
                name={caseListParams.step}
                defaultValue={filters.step ? caseListWords.step[filters.step] : ""}
                invalid={invalid.includes("step")}
                options={[
                  { value: "", label: t("cases.list.allSteps") },
                  ...stepNumbers.map((step) => ({ value: String(step), label: t(stepTitleKeys[step]) })),
                  { value: caseListWords.step.done, label: t("cases.list.stepDone") },
                ]}
              />
            </FormField>
            <FormField inputId="filter-vorm" label={t("cases.list.form")} error={error("form")}>
              <Select
                id="filter-vorm"
                name={caseListParams.form}
                defaultValue={filters.form ?? ""}
                invalid={invalid.includes("form")}
                options={[
                  { value: "", label: t("cases.list.allForms") },
                  ...formTerms.map((term) => ({ value: term.code, label: term.name[locale] })),
                ]}
              />
            </FormField>
            <FormField inputId="filter-eigenaar" label={t("cases.dashboard.owner")} error={error("owner")}>
              <Select
                id="filter-eigenaar"
                name={caseListParams.owner}
                defaultValue={filters.owner ?? ""}
                invalid={invalid.includes("owner")}
                options={[
                  { value: "", label: t("cases.list.allOwners") },
                  ...loaderData.owners.map((owner) => ({ value: owner.id, label: owner.name })),
                ]}
              />
            </FormField>
            <FormField inputId="filter-termijn" label={t("cases.list.due")} error={error("due")}>
              <Select
                id="filter-termijn"
                name={caseListParams.due}
                defaultValue={filters.due ? caseListWords.due[filters.due] : ""}
                invalid={invalid.includes("due")}
                options={[
                  { value: "", label: t("cases.list.anyDue") },
                  ...caseListDue.map((due) => ({ value: caseListWords.due[due], label: t(dueKeys[due]) })),
                ]}
              />
            </FormField>
            <FormField inputId="filter-sorteer" label={t("cases.list.sort")} error={error("sort")}>
              <Select
                id="filter-sorteer"
                name={caseListParams.sort}
                defaultValue={caseListWords.sort[filters.sort]}
                invalid={invalid.includes("sort")}
                options={caseListSorts.map((sort) => ({
                  value: caseListWords.sort[sort],
                  label: t(sortKeys[sort]),
                }))}
              />
            </FormField>
          </div>
          <p className="zicht-filters__actions">
            <Button appearance="primary-action">{t("cases.list.apply")}</Button>
            {filtered || invalid.length > 0 || filters.sort !== "changed" ? (
              <Link to={dashboardHref({ tab: filters.tab, sort: "changed", page: 1 }, taskPage)}>
                {t("cases.list.clear")}
              </Link>
            ) : null}
          </p>
        </Form>

        {filters.tab === "closed" ? <Paragraph>{t("cases.list.closedNote")}</Paragraph> : null}
        {cases.length === 0 ? (
          <Paragraph>{t(filtered ? "cases.list.noneFiltered" : "cases.list.none")}</Paragraph>
        ) : (
          <DataTable
            caption={t(captionKeys[filters.tab], { count: loaderData.total })}
            headers={[
              t("cases.field.pseudonym"),
              t("cases.dashboard.status"),
              t("cases.list.step"),
              t("cases.list.due"),
              t("cases.dashboard.owner"),
              t("cases.dashboard.changed"),
            ]}
            rowHeaders
            rows={cases.map((item) => {
              const closed = item.status === "closed";
              return {
                key: item.id,
                cells: [
                  <Link key="case" to={`/casussen/${item.id}`}>
                    {item.pseudonym}
                  </Link>,
                  `${t(statusKeys[item.status])}${closed && item.outcome ? ` — ${t(outcomeKeys[item.outcome])}` : ""}`,
                  closed
                    ? dash
                    : item.currentStep === null
                      ? t("cases.list.stepDone")
                      : t("cases.list.stepNumber", { step: item.currentStep }),
                  closed
                    ? dash
                    : item.nextTask === null
                      ? t("cases.list.due.none")
                      : t("cases.list.nextTask", {
                          date: `${formatDay(item.nextTask.dueOn, locale)}${
                            item.nextTask.dueOn <= loaderData.today ? ` (${t("cases.dashboard.dueNow")})` : ""
                          }`,
                          task: t(taskKindKeys[item.nextTask.kind]),
                        }),
                  item.ownerName,
                  formatMoment(item.updatedAt, locale),
                ],
              };
            })}
          />
        )}
        <Pagination
          label={t("cases.dashboard.casesPages")}
          page={filters.page}
          pageCount={loaderData.pageCount}
          href={(page) => dashboardHref({ ...filters, page }, taskPage)}
          previousLabel={t("directory.pagination.previous")}
          nextLabel={t("directory.pagination.next")}
          statusLabel={t("directory.pagination.status", {
            page: filters.page,
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
            <Checkbox
              id="closeRequiresComplete"
              name="closeRequiresComplete"
              value="yes"
              checked={loaderData.closeRequiresComplete}
              label={t("cases.settings.closeRequiresComplete")}
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
