import { beforeAll, describe, expect, it } from "vitest";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import * as editRoute from "../../routes/cases/edit";
import * as assessmentViewRoute from "../../routes/cases/assessment-view";
import * as exportRoute from "../../routes/cases/export";
import * as indexRoute from "../../routes/cases/index";
import * as newRoute from "../../routes/cases/new";
import * as stepRoute from "../../routes/cases/step";
import * as viewRoute from "../../routes/cases/view";
import { routeHarness, signInPeople, type Form, type SignedInPerson } from "./route-testing";
import { caseTestConfig } from "./testing";

/**
 * Refused access to case data is audited (issue 13): every 403 or 404 a
 * signed-in person gets on a case page or action writes one `case.refused`
 * row with their id, the case id as given and the reason; an anonymous
 * request writes none.
 */
const config = caseTestConfig();

type Handler = (args: never) => Promise<unknown>;

describe(`refused case access is audited, on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  const people: Record<string, SignedInPerson> = {};
  let caseId = "";
  const harness = routeHarness({ db: () => database.db, config, people, clientAddress: "192.0.2.20" });
  /** The status a loader or action answers (a form gets the person's CSRF token unless it brings its own). */
  const call = async (handler: Handler, who: string | null, params: Record<string, string>, form?: Form) =>
    (await harness.call(handler, who, params, form)).status;

  const refusals = () =>
    database.db
      .selectFrom("audit_log")
      .select(["actor_user_id", "tenant_id", "target_type", "target_id", "details", "ip_hash"])
      .where("action", "=", "case.refused")
      .orderBy("id")
      .execute();

  /** The rows one call added. */
  async function refusedBy(work: () => Promise<number>) {
    const before = (await refusals()).length;
    const status = await work();
    return { status, rows: (await refusals()).slice(before) };
  }

  const row = (who: string, target: string | null, reason: "forbidden" | "not_found") => ({
    actor_user_id: people[who]!.userId,
    tenant_id: who === "bo" ? "org-b" : "org-a",
    target_type: "case",
    target_id: target,
    details: JSON.stringify({ reason }),
    ip_hash: expect.stringMatching(/^[0-9a-f]{32}$/),
  });

  beforeAll(async () => {
    const db = database.db;
    Object.assign(
      people,
      await signInPeople(db, {
        pia: ["org-a", "professional"],
        cas: ["org-a", "professional"],
        olga: ["org-a", "safeguarding_officer"],
        eddy: ["org-a", "editor"],
        bo: ["org-b", "professional"],
      }),
    );
    const created = await call(
      newRoute.action as Handler,
      "pia",
      {},
      {
        pseudonym: "Vos-12",
        birthYear: "2011",
        gender: "female",
        lvb: "yes",
        municipality: "",
        forms: "seksueel",
      },
    );
    expect(created).toBe(302);
    caseId = (await db.selectFrom("case_file").select("id").executeTakeFirstOrThrow()).id;
  });

  it("audits a colleague who opens a case not shared with them (404), once", async () => {
    const got = await refusedBy(() => call(viewRoute.loader as Handler, "cas", { id: caseId }));
    expect(got).toEqual({ status: 404, rows: [row("cas", caseId, "not_found")] });
  });

  it("audits a case action on a case not shared with them (404)", async () => {
    const got = await refusedBy(() =>
      call(viewRoute.action as Handler, "cas", { id: caseId }, { intent: "note", text: "Gezien op school." }),
    );
    expect(got).toEqual({ status: 404, rows: [row("cas", caseId, "not_found")] });
  });

  it("audits someone of another organisation asking for the case export (404)", async () => {
    const got = await refusedBy(() =>
      call(exportRoute.loader as Handler, "bo", { id: caseId, format: "pdf" }),
    );
    expect(got).toEqual({ status: 404, rows: [row("bo", caseId, "not_found")] });
  });

  it("audits a role without case permissions (403), on a case and on the list", async () => {
    const page = await refusedBy(() => call(viewRoute.loader as Handler, "eddy", { id: caseId }));
    expect(page).toEqual({ status: 403, rows: [row("eddy", caseId, "forbidden")] });
    const list = await refusedBy(() => call(indexRoute.loader as Handler, "eddy", {}));
    expect(list).toEqual({ status: 403, rows: [row("eddy", null, "forbidden")] });
  });

  it("audits an unknown case id as it was given", async () => {
    const got = await refusedBy(() => call(viewRoute.loader as Handler, "olga", { id: "bestaat-niet" }));
    expect(got).toEqual({ status: 404, rows: [row("olga", "bestaat-niet", "not_found")] });
  });

  it("audits the edit page of a case the person may not change (404), without a read row", async () => {
    const before = await database.db.selectFrom("audit_log").select("id").execute();
    const got = await refusedBy(() => call(editRoute.loader as Handler, "cas", { id: caseId }));
    expect(got).toEqual({ status: 404, rows: [row("cas", caseId, "not_found")] });
    const after = await database.db.selectFrom("audit_log").select("id").execute();
    expect(after.length).toBe(before.length + 1);
  });

  it("audits what the page itself refuses inside a case the person may see (an unknown step or assessment)", async () => {
    const step = await refusedBy(() => call(stepRoute.loader as Handler, "pia", { id: caseId, step: "9" }));
    expect(step).toEqual({ status: 404, rows: [row("pia", caseId, "not_found")] });
    const assessment = await refusedBy(() =>
      call(assessmentViewRoute.loader as Handler, "olga", {
        id: caseId,
        assessmentId: "00000000-0000-4000-8000-000000000000",
      }),
    );
    expect(assessment).toEqual({ status: 404, rows: [row("olga", caseId, "not_found")] });
  });

  it("audits an action with a wrong CSRF token (403)", async () => {
    const got = await refusedBy(() =>
      call(viewRoute.action as Handler, "pia", { id: caseId }, { intent: "note", text: "x", csrf: "vals" }),
    );
    expect(got).toEqual({ status: 403, rows: [row("pia", caseId, "forbidden")] });
  });

  it("writes nothing for allowed access or for an anonymous request", async () => {
    const allowed = await refusedBy(() => call(viewRoute.loader as Handler, "pia", { id: caseId }));
    expect(allowed).toEqual({ status: 200, rows: [] });
    const officer = await refusedBy(() => call(viewRoute.loader as Handler, "olga", { id: caseId }));
    expect(officer).toEqual({ status: 200, rows: [] });
    const before = await database.db.selectFrom("audit_log").select("id").execute();
    expect(await call(viewRoute.loader as Handler, null, { id: caseId })).toBe(302);
    expect(await call(viewRoute.action as Handler, null, { id: caseId }, { intent: "note", text: "x" })).toBe(
      302,
    );
    expect(await database.db.selectFrom("audit_log").select("id").execute()).toEqual(before);
  });
});
