import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/database";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import * as assessmentRoute from "../../routes/cases/assessment";
import * as assessmentViewRoute from "../../routes/cases/assessment-view";
import * as indexRoute from "../../routes/cases/index";
import * as newRoute from "../../routes/cases/new";
import * as reportRoute from "../../routes/cases/report";
import * as stepRoute from "../../routes/cases/step";
import * as viewRoute from "../../routes/cases/view";
import { routeHarness, signInPeople, type SignedInPerson } from "./route-testing";
import { caseTestConfig, countRows } from "./testing";

/**
 * Casework that leads, through the real loaders and actions: urgent advice
 * and "report to Veilig Thuis" become tasks due today (once), recording the
 * Veilig Thuis report completes step 5's reporting (once), step 2 saves its
 * consultation and the step with one button; refusals store nothing.
 */
const config = caseTestConfig();

type Handler = (args: never) => Promise<unknown>;

describe(`casework that leads (tasks, report, step 5, step 2), on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  const people: Record<string, SignedInPerson> = {};
  let caseId = "";
  let closedId = "";
  const { call, load } = routeHarness({
    db: () => database.db,
    config,
    people,
    clientAddress: "192.0.2.10",
  });
  const count = (table: keyof Database) => countRows(database.db, table);
  const tasks = (kind: "urgent_advice" | "report_veilig_thuis", id = caseId) =>
    database.db
      .selectFrom("case_task")
      .select(["detail", "assigned_to", "done_at", "created_at", "due_on"])
      .where("case_id", "=", id)
      .where("kind", "=", kind)
      .orderBy("detail")
      .execute();
  const step = (number: number, id = caseId) =>
    database.db
      .selectFrom("case_step")
      .select(["status", "data", "version"])
      .where("case_id", "=", id)
      .where("step", "=", number)
      .executeTakeFirstOrThrow();
  const dayOf = (value: unknown) =>
    value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

  beforeAll(async () => {
    const db = database.db;
    Object.assign(
      people,
      await signInPeople(db, {
        pia: ["org-a", "professional"],
        cas: ["org-a", "professional"],
        bo: ["org-b", "professional"],
      }),
    );
    const open = async (pseudonym: string) => {
      const fields = { pseudonym, birthYear: "2011", gender: "female", lvb: "yes", municipality: "Den Haag" };
      expect(
        (await call(newRoute.action as Handler, "pia", {}, { ...fields, forms: "seksueel" })).status,
      ).toBe(302);
      return (
        await db
          .selectFrom("case_file")
          .select("id")
          .where("pseudonym", "=", pseudonym)
          .executeTakeFirstOrThrow()
      ).id;
    };
    caseId = await open("Reiger-31");
    closedId = await open("Meeuw-32");
    await db
      .updateTable("case_file")
      .set({ status: "closed", outcome: "other" })
      .where("id", "=", closedId)
      .execute();
  });

  it("an assessment with acute danger lands on its outcome with the advice, and makes one urgent task per rule, due today, for the owner", async () => {
    const instrumentId = "signalen-seksuele-uitbuiting";
    const form = { "q-nieuwe-oudere-vriend": "yes", "q-onder-druk": "yes", acuut: "ja" };
    // Another professional and another organisation: 404, nothing stored.
    for (const who of ["cas", "bo"]) {
      expect(
        (await call(assessmentRoute.action as Handler, who, { id: caseId, instrumentId }, form)).status,
      ).toBe(404);
    }
    expect(await count("case_task")).toBe(0);
    const saved = await call(assessmentRoute.action as Handler, "pia", { id: caseId, instrumentId }, form);
    const [assessment] = await database.db.selectFrom("case_assessment").select("id").execute();
    expect(saved).toEqual({
      status: 302,
      location: `/casussen/${caseId}/beoordelingen/${assessment!.id}`,
      flash: true,
    });
    const urgent = await tasks("urgent_advice");
    expect(urgent.map((task) => task.detail)).toContain("acuut-gevaar");
    for (const task of urgent) {
      expect(task).toMatchObject({ assigned_to: people.pia!.userId, done_at: null });
      expect(dayOf(task.due_on)).toBe(dayOf(task.created_at));
    }
    // The outcome page shows the same advice, acute danger first.
    const shown = await load(assessmentViewRoute.loader, "pia", { id: caseId, assessmentId: assessment!.id });
    expect(shown.scored?.result.advice[0]).toMatchObject({ id: "acuut-gevaar", urgency: "now" });
    // The same advice again: no second open task for the same rule.
    expect(
      (await call(assessmentRoute.action as Handler, "pia", { id: caseId, instrumentId }, form)).status,
    ).toBe(302);
    expect((await tasks("urgent_advice")).map((task) => task.detail)).toEqual(
      urgent.map((task) => task.detail),
    );
    // On the dashboard and on the case page.
    const dashboard = await load(indexRoute.loader, "pia", {});
    expect(dashboard.tasks.filter((task) => task.kind === "urgent_advice")).toHaveLength(urgent.length);
    const page = await load(viewRoute.loader, "pia", { id: caseId });
    expect(page.tasks.filter((task) => task.kind === "urgent_advice")).toHaveLength(urgent.length);
    // Each names its advice, on the dashboard, on the case page and in the "Wat nu?" panel.
    expect(dashboard.tasks.map((task) => task.advice)).toContain("Bel eerst 112");
    expect(page.tasks.map((task) => task.advice)).toContain("Bel eerst 112");
    expect(page.nextStep.action.kind).toBe("task");
    expect(urgent.map((task) => task.detail)).toContain(page.nextStep.action.adviceId);
    // The case page shows the latest result per instrument with its advice.
    expect(page.latestResults).toHaveLength(1);
    expect(page.latestResults[0]).toMatchObject({ instrumentId });
    expect(page.latestResults[0]!.advice?.map((item) => item.id)).toContain("acuut-gevaar");
    // Bad input: 400 from the instrument check, nothing stored.
    const before = await count("case_assessment");
    const bad = await call(
      assessmentRoute.action as Handler,
      "pia",
      { id: caseId, instrumentId },
      {
        "q-onder-druk": "misschien",
      },
    );
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(await count("case_assessment")).toBe(before);
  });

  it("step 2 saves the consultation and the step with one button, in one transaction", async () => {
    const consultations = await count("case_consultation");
    // Done without a consultation: 422, nothing stored.
    expect(
      (
        await call(
          stepRoute.action as Handler,
          "pia",
          { id: caseId, step: "2" },
          { version: "0", status: "done" },
        )
      ).status,
    ).toBe(422);
    // A consultation without a date: 422, neither the consultation nor the step.
    const badForm = { version: "0", status: "done", consulted: "safeguarding_officer", consultedOn: "" };
    expect((await call(stepRoute.action as Handler, "pia", { id: caseId, step: "2" }, badForm)).status).toBe(
      422,
    );
    expect(await count("case_consultation")).toBe(consultations);
    expect(await step(2)).toMatchObject({ status: "open", version: 0 });
    // A consultation alone: the step stays open.
    const alone = {
      version: "0",
      status: "open",
      consulted: "colleague",
      consultedOn: "2026-01-05",
      advice: "",
    };
    expect(await call(stepRoute.action as Handler, "pia", { id: caseId, step: "2" }, alone)).toMatchObject({
      status: 302,
      location: `/casussen/${caseId}/stappen/3`,
      flash: true,
    });
    expect(await count("case_consultation")).toBe(consultations + 1);
    expect(await step(2)).toMatchObject({ status: "open", version: 1 });
    // Over a stale version: 409 and the consultation is not stored either.
    const stale = { ...alone, consulted: "veilig_thuis", status: "done" };
    expect((await call(stepRoute.action as Handler, "pia", { id: caseId, step: "2" }, stale)).status).toBe(
      409,
    );
    expect(await count("case_consultation")).toBe(consultations + 1);
    // Consultation and step done with one save.
    expect(
      (await call(stepRoute.action as Handler, "pia", { id: caseId, step: "2" }, { ...stale, version: "1" }))
        .status,
    ).toBe(302);
    expect(await count("case_consultation")).toBe(consultations + 2);
    expect(await step(2)).toMatchObject({ status: "done", version: 2 });
    // Another professional: 404; a closed case: 409; nothing stored.
    expect((await call(stepRoute.action as Handler, "cas", { id: caseId, step: "2" }, alone)).status).toBe(
      404,
    );
    expect((await call(stepRoute.action as Handler, "pia", { id: closedId, step: "2" }, alone)).status).toBe(
      409,
    );
    expect(await count("case_consultation")).toBe(consultations + 2);
  });

  it("step 4 with the outcome 'report' makes one task for Veilig Thuis due today, goes on to step 5, and the case page warns", async () => {
    const form = { version: "0", status: "done", "q-suspicion": "yes", "q-unsafety": "yes" };
    expect(await call(stepRoute.action as Handler, "pia", { id: caseId, step: "4" }, form)).toEqual({
      status: 302,
      location: `/casussen/${caseId}/stappen/5`,
      flash: true,
    });
    const [task] = await tasks("report_veilig_thuis");
    expect(task).toMatchObject({ assigned_to: people.pia!.userId, done_at: null, detail: null });
    expect(dayOf(task!.due_on)).toBe(dayOf(task!.created_at));
    // Saved again: still one task.
    expect(
      (await call(stepRoute.action as Handler, "pia", { id: caseId, step: "4" }, { ...form, version: "1" }))
        .status,
    ).toBe(302);
    expect(await tasks("report_veilig_thuis")).toHaveLength(1);
    const page = await load(viewRoute.loader, "pia", { id: caseId });
    expect(page.consequence).toMatchObject({ kind: "report", decidedBy: "unsafety" });
    expect(page.tasks.map((item) => item.kind)).toContain("report_veilig_thuis");
    // Step 5 cannot be done without the report (the Meldcode norm).
    expect(
      (
        await call(
          stepRoute.action as Handler,
          "pia",
          { id: caseId, step: "5" },
          { version: "0", status: "done", help: "yes" },
        )
      ).status,
    ).toBe(422);
  });

  it("recording the Veilig Thuis report completes step 5's reporting once and closes the task; step 5 does not ask again", async () => {
    const params = { id: caseId, kind: "veilig-thuis" };
    const reports = await count("case_report");
    const before = await step(5);
    // Bad input: 422, nothing stored, the task stays open.
    const future = await call(reportRoute.action as Handler, "pia", params, {
      reportedOn: "2999-01-01",
      reference: "",
    });
    expect(future.status).toBe(422);
    // Another professional, another organisation: 404; a closed case: 409.
    expect(
      (await call(reportRoute.action as Handler, "cas", params, { reportedOn: "2026-01-06", reference: "" }))
        .status,
    ).toBe(404);
    expect(
      (await call(reportRoute.action as Handler, "bo", params, { reportedOn: "2026-01-06", reference: "" }))
        .status,
    ).toBe(404);
    expect(
      (
        await call(
          reportRoute.action as Handler,
          "pia",
          { ...params, id: closedId },
          { reportedOn: "2026-01-06", reference: "" },
        )
      ).status,
    ).toBe(409);
    expect(await count("case_report")).toBe(reports);
    expect(await step(5)).toEqual(before);
    expect((await tasks("report_veilig_thuis"))[0]?.done_at).toBeNull();

    const recorded = await call(reportRoute.action as Handler, "pia", params, {
      reportedOn: "2026-01-06",
      reference: "VT-2026-118",
    });
    expect(recorded).toEqual({
      status: 302,
      location: `/casussen/${caseId}/meldingen/veilig-thuis?gemeld=1`,
      flash: true,
    });
    expect(await count("case_report")).toBe(reports + 1);
    expect((await step(5)).data).toMatchObject({
      report: true,
      reportKind: "veilig_thuis",
      reportedOn: "2026-01-06",
      reference: "VT-2026-118",
    });
    expect((await tasks("report_veilig_thuis"))[0]?.done_at).not.toBeNull();
    // The same report sent twice: still one row.
    await call(reportRoute.action as Handler, "pia", params, {
      reportedOn: "2026-01-06",
      reference: "VT-2026-118",
    });
    expect(await count("case_report")).toBe(reports + 1);
    // The warning is gone: no open task.
    const page = await load(viewRoute.loader, "pia", { id: caseId });
    expect(page.tasks.map((item) => item.kind)).not.toContain("report_veilig_thuis");

    // Step 5 shows the report and does not ask for it: done with only the help decision.
    const shown = await load(stepRoute.loader, "pia", { id: caseId, step: "5" });
    expect(shown.reported).toEqual({ reportedOn: "2026-01-06", reference: "VT-2026-118" });
    const { version } = await step(5);
    expect(
      await call(
        stepRoute.action as Handler,
        "pia",
        { id: caseId, step: "5" },
        {
          version: String(version),
          status: "done",
          help: "yes",
        },
      ),
    ).toEqual({ status: 302, location: `/casussen/${caseId}#stappenplan`, flash: true });
    expect(await step(5)).toMatchObject({
      status: "done",
      data: {
        help: true,
        report: true,
        reportKind: "veilig_thuis",
        reportedOn: "2026-01-06",
        reference: "VT-2026-118",
      },
    });
    expect(await count("case_report")).toBe(reports + 1);
    // Step 4 saved again after the report: no new task.
    const step4 = await step(4);
    expect(
      (
        await call(
          stepRoute.action as Handler,
          "pia",
          { id: caseId, step: "4" },
          {
            version: String(step4.version),
            status: "done",
            "q-suspicion": "yes",
            "q-unsafety": "yes",
          },
        )
      ).status,
    ).toBe(302);
    expect(await tasks("report_veilig_thuis")).toHaveLength(1);
  });
});
