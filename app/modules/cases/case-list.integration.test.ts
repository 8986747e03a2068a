import { beforeAll, describe, expect, it } from "vitest";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { parseCaseListFilters, type CaseListFilters } from "./case-list";
import { listCaseOwners, listCases } from "./case-list.server";
import { shareCase } from "./shares.server";
import { closeCase, setCloseRequiresApproval } from "./closing.server";
import { caseTestConfig, countRows, makeOrganisations, openCase } from "./testing";
import type { CaseActor } from "./visibility";

const config = caseTestConfig();
/** "Today" for every listing in this file: 2026-11-29. */
const now = new Date(Date.UTC(2026, 10, 29, 9, 0, 0));
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const filters = (query = ""): CaseListFilters => parseCaseListFilters(new URLSearchParams(query)).filters;

describe(`case list on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  let pro: CaseActor;
  let colleague: CaseActor;
  let officer: CaseActor;
  let admin: CaseActor;
  let outsider: CaseActor;
  const ids: Record<string, string> = {};

  const list = async (actor: CaseActor, query = "", pageSize = 25) =>
    listCases(database.db, config, actor, filters(query), { pageSize }, now);
  const names = async (actor: CaseActor, query = "", pageSize = 25) =>
    (await list(actor, query, pageSize)).items.map((item) => item.pseudonym);

  beforeAll(async () => {
    const db = database.db;
    ({ pro, colleague, officer, admin, outsider } = await makeOrganisations(db, {
      pro: ["org-a", "professional", "Pia"],
      colleague: ["org-a", "professional", "Cas"],
      officer: ["org-a", "safeguarding_officer", "Olga"],
      admin: ["org-a", "org_admin", "Ad"],
      outsider: ["org-b", "professional", "Bo"],
    }));
    const open = async (actor: CaseActor, pseudonym: string, minutes: number, forms = ["seksueel"]) => {
      ids[pseudonym] = await openCase(
        db,
        config,
        actor,
        { pseudonym, exploitationForms: forms },
        minutesAgo(minutes),
      );
    };
    // Pia's cases, the oldest change last.
    await open(pro, "anker", 10);
    await open(pro, "boei", 20, ["crimineel"]);
    await open(pro, "dolfijn", 30);
    await open(pro, "eland", 40);
    await open(pro, "fuut", 50);
    // Cas's cases: one shared with Pia, one not.
    await open(colleague, "gans", 5);
    await open(colleague, "haai", 60);
    expect(await shareCase(db, config, colleague, ids.haai!, pro.userId, minutesAgo(60))).toBe("shared");
    // Another organisation, with a pseudonym that looks like Pia's.
    await open(outsider, "anker-b", 1);

    // Steps: boei has done steps 1 and 2 (step 3 is next), haai every step.
    await db
      .updateTable("case_step")
      .set({ status: "done" })
      .where((eb) =>
        eb.or([
          eb.and([eb("case_id", "=", ids.boei!), eb("step", "in", [1, 2])]),
          eb("case_id", "=", ids.haai!),
        ]),
      )
      .execute();
    // Open tasks: boei overdue (and a later one), anker within the week, haai later; a done task is ignored.
    const task = (caseId: string, dueOn: string, kind: "reassess" | "follow_up", done = false) => ({
      id: crypto.randomUUID(),
      case_id: caseId,
      tenant_id: "org-a",
      kind,
      instrument_id: null,
      detail: null,
      due_on: dueOn,
      assigned_to: pro.userId,
      created_by: pro.userId,
      created_at: minutesAgo(100),
      done_by: done ? pro.userId : null,
      done_at: done ? minutesAgo(90) : null,
    });
    await db
      .insertInto("case_task")
      .values([
        task(ids.boei!, "2026-11-28", "follow_up"),
        task(ids.boei!, "2026-12-20", "reassess"),
        task(ids.anker!, "2026-11-20", "reassess", true),
        task(ids.anker!, "2026-12-03", "reassess"),
        task(ids.haai!, "2027-01-15", "follow_up"),
      ])
      .execute();

    // eland closed this week, fuut six years ago (past the five years: gone), dolfijn waits for approval.
    expect(
      await closeCase(
        db,
        config,
        pro,
        ids.eland!,
        { outcome: "reported", note: "", confirmed: true },
        minutesAgo(40),
      ),
    ).toBe("closed");
    const sixYearsAgo = new Date(Date.UTC(2020, 10, 1));
    expect(
      await closeCase(
        db,
        config,
        pro,
        ids.fuut!,
        { outcome: "other", note: "", confirmed: true },
        sixYearsAgo,
      ),
    ).toBe("closed");
    await setCloseRequiresApproval(db, "org-a", true);
    expect(
      await closeCase(
        db,
        config,
        pro,
        ids.dolfijn!,
        { outcome: "help_organised", note: "", confirmed: true },
        minutesAgo(30),
      ),
    ).toBe("awaiting_approval");
  });

  it("shows a professional their own and shared cases, per tab, with counts; nothing of others", async () => {
    const page = await list(pro);
    expect(page.items.map((item) => item.pseudonym)).toEqual(["anker", "boei", "haai"]);
    expect(page.counts).toEqual({ open: 3, closing: 1, closed: 1 });
    expect(page).toMatchObject({ total: 3, page: 1, pageCount: 1 });
    expect(await names(pro, "tab=wacht")).toEqual(["dolfijn"]);
    // A closed case stays findable until retention removes it: fuut is past its five years.
    expect(await names(pro, "tab=gesloten")).toEqual(["eland"]);
    expect((await list(pro, "tab=gesloten")).items[0]).toMatchObject({
      status: "closed",
      outcome: "reported",
    });
  });

  it("shows a safeguarding officer every case of the organisation, and nobody another organisation's", async () => {
    expect(await names(officer)).toEqual(["gans", "anker", "boei", "haai"]);
    expect((await list(officer)).counts).toEqual({ open: 4, closing: 1, closed: 1 });
    expect(await names(colleague)).toEqual(["gans", "haai"]);
    expect(await names(outsider)).toEqual(["anker-b"]);
    for (const tab of ["", "tab=wacht", "tab=gesloten"]) expect(await names(admin, tab)).toEqual([]);
    expect((await list(admin)).counts).toEqual({ open: 0, closing: 0, closed: 0 });
  });

  it("searches the pseudonym, any case, only among visible cases; wildcards are plain text", async () => {
    expect(await names(pro, "zoek=ANK")).toEqual(["anker"]);
    expect(await names(outsider, "zoek=anker")).toEqual(["anker-b"]);
    expect(await names(pro, "zoek=gans")).toEqual([]);
    expect(await names(officer, "zoek=gans")).toEqual(["gans"]);
    expect(await names(pro, "zoek=%25")).toEqual([]);
    expect(await names(pro, "zoek=_")).toEqual([]);
    const closed = await list(pro, "zoek=eland");
    expect(closed.items).toEqual([]);
    expect(closed.counts).toEqual({ open: 0, closing: 0, closed: 1 });
    expect(await names(pro, "tab=gesloten&zoek=ELAND")).toEqual(["eland"]);
    expect(await names(pro, "tab=gesloten&zoek=fuut")).toEqual([]);
  });

  it("filters on the first open step, the form, the owner and the next due date", async () => {
    expect(await names(pro, "stap=1")).toEqual(["anker"]);
    expect(await names(pro, "stap=3")).toEqual(["boei"]);
    expect(await names(pro, "stap=klaar")).toEqual(["haai"]);
    expect(await names(pro, "stap=2")).toEqual([]);
    expect(await names(pro, "vorm=crimineel")).toEqual(["boei"]);
    expect(await names(pro, "vorm=arbeid")).toEqual([]);
    expect(await names(officer, `eigenaar=${colleague.userId}`)).toEqual(["gans", "haai"]);
    expect(await names(pro, `eigenaar=${colleague.userId}`)).toEqual(["haai"]);
    expect(await names(outsider, `eigenaar=${pro.userId}`)).toEqual([]);
    expect(await names(pro, "termijn=nu")).toEqual(["boei"]);
    expect(await names(pro, "termijn=week")).toEqual(["anker"]);
    expect(await names(pro, "termijn=later")).toEqual(["haai"]);
    expect(await names(officer, "termijn=geen")).toEqual(["gans"]);
    expect(await names(pro, "vorm=seksueel&stap=1&termijn=week&zoek=an")).toEqual(["anker"]);
  });

  it("shows the step and the next due task of each case", async () => {
    const items = (await list(pro)).items;
    expect(items.map((item) => [item.pseudonym, item.currentStep, item.nextTask, item.openTasks])).toEqual([
      ["anker", 1, { dueOn: "2026-12-03", kind: "reassess" }, 1],
      ["boei", 3, { dueOn: "2026-11-28", kind: "follow_up" }, 2],
      ["haai", null, { dueOn: "2027-01-15", kind: "follow_up" }, 1],
    ]);
    expect(items.map((item) => item.ownerName)).toEqual(["Pia", "Pia", "Cas"]);
  });

  it("sorts by change, pseudonym, due date, step and opening date", async () => {
    expect(await names(officer, "sorteer=gewijzigd")).toEqual(["gans", "anker", "boei", "haai"]);
    expect(await names(officer, "sorteer=schuilnaam")).toEqual(["anker", "boei", "gans", "haai"]);
    expect(await names(officer, "sorteer=termijn")).toEqual(["boei", "anker", "haai", "gans"]);
    expect(await names(officer, "sorteer=stap")).toEqual(["gans", "anker", "boei", "haai"]);
    expect(await names(officer, "sorteer=geopend")).toEqual(["gans", "anker", "boei", "haai"]);
  });

  it("pages in SQL and keeps the total; a page past the end shows the last page", async () => {
    expect(await list(officer, "", 3)).toMatchObject({ total: 4, page: 1, pageCount: 2 });
    expect(await names(officer, "", 3)).toEqual(["gans", "anker", "boei"]);
    expect(await names(officer, "pagina=2", 3)).toEqual(["haai"]);
    const past = await list(officer, "pagina=9", 3);
    expect(past).toMatchObject({ page: 2, pageCount: 2 });
    expect(past.items.map((item) => item.pseudonym)).toEqual(["haai"]);
    expect(await list(admin, "pagina=9")).toMatchObject({ items: [], total: 0, page: 1, pageCount: 1 });
  });

  it("audits each listing and offers only the owners of visible cases", async () => {
    const before = await countRows(database.db, "audit_log");
    await list(pro);
    expect(await countRows(database.db, "audit_log")).toBe(before + 1);
    const owners = (actor: CaseActor) => listCaseOwners(database.db, actor);
    expect((await owners(pro)).map((owner) => owner.name)).toEqual(["Cas", "Pia"]);
    expect((await owners(outsider)).map((owner) => owner.name)).toEqual(["Bo"]);
    expect(await owners(admin)).toEqual([]);
  });
});
