import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/database";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import * as assessmentRoute from "../../routes/cases/assessment";
import * as assessmentViewRoute from "../../routes/cases/assessment-view";
import * as closeRoute from "../../routes/cases/close";
import * as consentRoute from "../../routes/cases/consent";
import * as editRoute from "../../routes/cases/edit";
import * as indexRoute from "../../routes/cases/index";
import * as newRoute from "../../routes/cases/new";
import * as stepRoute from "../../routes/cases/step";
import * as viewRoute from "../../routes/cases/view";
import * as notificationsRoute from "../../routes/notifications/index";
import { routeHarness, signInPeople, type Form, type SignedInPerson } from "./route-testing";
import { caseTestConfig, countRows } from "./testing";

/**
 * The refusals of the case pages, through their real loaders and actions:
 * the right status, a field message, and nothing stored.
 */
const config = caseTestConfig();

type Handler = (args: never) => Promise<unknown>;

describe(`case pages refuse bad input and store nothing, on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  const people: Record<string, SignedInPerson> = {};
  let caseId = "";
  const harness = routeHarness({ db: () => database.db, config, people, clientAddress: "192.0.2.10" });
  /** The status a loader or action answers (a form gets the person's CSRF token unless it brings its own). */
  const call = async (handler: Handler, who: string, params: Record<string, string>, form?: Form) =>
    (await harness.call(handler, who, params, form)).status;
  const count = (table: keyof Database) => countRows(database.db, table);

  beforeAll(async () => {
    const db = database.db;
    Object.assign(
      people,
      await signInPeople(db, {
        pia: ["org-a", "professional"],
        cas: ["org-a", "professional"],
        olga: ["org-a", "safeguarding_officer"],
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
        municipality: "Den Haag",
        forms: "seksueel",
      },
    );
    expect(created).toBe(302);
    caseId = (await db.selectFrom("case_file").select("id").executeTakeFirstOrThrow()).id;
  });

  it("refuses a BSN or an unconfirmed name as pseudonym and a future birth year (422), storing nothing", async () => {
    const before = await count("case_file");
    const base = { birthYear: "2010", gender: "male", lvb: "unknown", municipality: "" };
    expect(await call(newRoute.action as Handler, "pia", {}, { ...base, pseudonym: "1234.56.782" })).toBe(
      422,
    );
    expect(await call(newRoute.action as Handler, "pia", {}, { ...base, pseudonym: "Jan Jansen" })).toBe(422);
    expect(
      await call(newRoute.action as Handler, "pia", {}, { ...base, pseudonym: "Uil-3", birthYear: "2099" }),
    ).toBe(422);
    expect(
      await call(
        newRoute.action as Handler,
        "pia",
        {},
        { ...base, pseudonym: "Uil-3", municipality: "Atlantis" },
      ),
    ).toBe(422);
    expect(await call(newRoute.action as Handler, "pia", {}, { ...base, pseudonym: "vos-12" })).toBe(409);
    expect(await count("case_file")).toBe(before);
    // A confirmed name-like pseudonym is accepted.
    expect(
      await call(
        newRoute.action as Handler,
        "pia",
        {},
        { ...base, pseudonym: "Rode Vlinder", confirmPseudonym: "yes" },
      ),
    ).toBe(302);
  });

  it("answers 404 for another organisation's case and for another professional's unshared case", async () => {
    for (const who of ["bo", "cas"]) {
      expect(await call(viewRoute.loader as Handler, who, { id: caseId })).toBe(404);
      expect(await call(stepRoute.loader as Handler, who, { id: caseId, step: "1" })).toBe(404);
      expect(
        await call(
          editRoute.action as Handler,
          who,
          { id: caseId },
          { version: "1", pseudonym: "X-1", birthYear: "2010", gender: "male", lvb: "no" },
        ),
      ).toBe(404);
    }
    expect(await call(viewRoute.loader as Handler, "olga", { id: caseId })).toBe(200);
    expect(await call(viewRoute.loader as Handler, "pia", { id: "not-a-uuid" })).toBe(404);
    expect(await call(stepRoute.loader as Handler, "pia", { id: caseId, step: "6" })).toBe(404);
  });

  it("shows a stored assessment again with its outcome, every answer and the decrypted free text; 404 outside scope", async () => {
    const db = database.db;
    const instrumentId = "signalen-seksuele-uitbuiting";
    expect(
      await call(
        assessmentRoute.action as Handler,
        "pia",
        { id: caseId, instrumentId },
        {
          "q-nieuwe-oudere-vriend": "yes",
          "q-onder-druk": "yes",
          "q-toezicht": "soms",
          "q-notitie": "Vriend van 24\nhaalt haar op",
        },
      ),
    ).toBe(302);
    const { id: assessmentId } = await db
      .selectFrom("case_assessment")
      .select("id")
      .where("case_id", "=", caseId)
      .executeTakeFirstOrThrow();
    const params = { id: caseId, assessmentId };
    const request = new Request(`http://localhost/casussen/${caseId}/beoordelingen/${assessmentId}`, {
      headers: { Cookie: people.olga!.cookie },
    });
    const auditBefore = await count("audit_log");
    const shown = await assessmentViewRoute.loader({ request, params, context: harness.context() } as never);
    // The safeguarding officer reads the professional's assessment; the read is audited.
    expect(await count("audit_log")).toBe(auditBefore + 1);
    expect(shown.assessment).toMatchObject({ version: "1.0.0", band: "insufficient", flag: null });
    expect(shown.assessment.assessedBy).toBe("pia@org-a.nl");
    // Scored again from the stored answers: the same band as stored, with its explanation.
    expect(shown.scored?.result).toMatchObject({ kind: "signals", band: "insufficient" });
    expect(shown.scored?.result.explanation.length).toBeGreaterThan(0);
    const answers = shown.answers.flatMap((domain) => domain.answers.map((item) => [item.id, item.answer]));
    expect(answers).toEqual([
      ["nieuwe-oudere-vriend", "Ja"],
      ["onder-druk", "Ja"],
      ["toezicht", "Soms niet"],
      ["notitie", "Vriend van 24\nhaalt haar op"],
    ]);
    expect(await call(assessmentViewRoute.loader as Handler, "pia", params)).toBe(200);
    // Another organisation, an unshared colleague, a wrong or unknown id, another case: 404.
    for (const who of ["bo", "cas"]) {
      expect(await call(assessmentViewRoute.loader as Handler, who, params)).toBe(404);
    }
    for (const wrong of ["not-a-uuid", crypto.randomUUID()]) {
      expect(
        await call(assessmentViewRoute.loader as Handler, "pia", { ...params, assessmentId: wrong }),
      ).toBe(404);
    }
    const otherCase = await db
      .selectFrom("case_file")
      .select("id")
      .where("id", "<>", caseId)
      .executeTakeFirstOrThrow();
    expect(await call(assessmentViewRoute.loader as Handler, "pia", { id: otherCase.id, assessmentId })).toBe(
      404,
    );
  });

  it("refuses consent before the birth year, in the future or with a long label (422) and stores nothing", async () => {
    const consent = { intent: "record", purpose: "referral", givenBy: "parent", form: "written" };
    expect(
      await call(
        consentRoute.action as Handler,
        "pia",
        { id: caseId },
        { ...consent, givenOn: "2010-12-31" },
      ),
    ).toBe(422);
    expect(
      await call(
        consentRoute.action as Handler,
        "pia",
        { id: caseId },
        { ...consent, givenOn: "2099-01-01" },
      ),
    ).toBe(422);
    expect(
      await call(
        consentRoute.action as Handler,
        "pia",
        { id: caseId },
        // A parent's label longer than 40 characters (it tells parents apart; never a name or a story).
        { ...consent, giverLabel: "x".repeat(41), givenOn: "2026-01-01" },
      ),
    ).toBe(422);
    expect(
      await call(
        consentRoute.action as Handler,
        "pia",
        { id: caseId },
        { intent: "override", purpose: "referral", reason: "x" },
      ),
    ).toBe(403);
    expect(
      await call(
        consentRoute.action as Handler,
        "olga",
        { id: caseId },
        { intent: "override", purpose: "referral", reason: "" },
      ),
    ).toBe(422);
    expect(await count("case_consent")).toBe(0);
    expect(await count("case_consent_override")).toBe(0);
  });

  it("answers 409 to a step saved over a newer version and keeps the first save", async () => {
    const first = { version: "0", status: "open", "q-suspicion": "yes", note: "eerste" };
    expect(await call(stepRoute.action as Handler, "pia", { id: caseId, step: "4" }, first)).toBe(302);
    const notes = await count("case_note");
    expect(
      await call(
        stepRoute.action as Handler,
        "olga",
        { id: caseId, step: "4" },
        { ...first, "q-suspicion": "no", note: "tweede" },
      ),
    ).toBe(409);
    expect(await count("case_note")).toBe(notes);
    const step = await database.db
      .selectFrom("case_step")
      .select(["version", sql<string>`data::text`.as("data")])
      .where("case_id", "=", caseId)
      .where("step", "=", 4)
      .executeTakeFirstOrThrow();
    expect(step).toEqual({ version: 1, data: JSON.stringify({ suspicion: "yes" }).replace(":", ": ") });
    // Skipping step 3 without a reason: 422.
    expect(
      await call(
        stepRoute.action as Handler,
        "pia",
        { id: caseId, step: "3" },
        { version: "0", status: "skipped" },
      ),
    ).toBe(422);
  });

  it("refuses closing without an outcome (422) and then closes", async () => {
    expect(await call(closeRoute.action as Handler, "pia", { id: caseId }, { note: "" })).toBe(422);
    expect(
      (
        await database.db
          .selectFrom("case_file")
          .select("status")
          .where("id", "=", caseId)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe("open");
    expect(
      await call(
        closeRoute.action as Handler,
        "pia",
        { id: caseId },
        { outcome: "reported", confirm: "yes" },
      ),
    ).toBe(302);
    expect(
      (
        await database.db
          .selectFrom("case_file")
          .select("status")
          .where("id", "=", caseId)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe("closed");
    expect(
      await call(
        stepRoute.action as Handler,
        "pia",
        { id: caseId, step: "1" },
        { version: "0", status: "open" },
      ),
    ).toBe(409);
    // A closed case is not edited and takes no new consent.
    const { version } = await database.db
      .selectFrom("case_file")
      .select("version")
      .where("id", "=", caseId)
      .executeTakeFirstOrThrow();
    const edit = {
      version: String(version),
      pseudonym: "Vos-13",
      birthYear: "2011",
      gender: "female",
      lvb: "yes",
    };
    expect(await call(editRoute.action as Handler, "pia", { id: caseId }, edit)).toBe(409);
    const consent = {
      intent: "record",
      purpose: "referral",
      givenBy: "parent",
      givenOn: "2026-01-01",
      form: "written",
    };
    expect(await call(consentRoute.action as Handler, "pia", { id: caseId }, consent)).toBe(409);
    const after = await database.db
      .selectFrom("case_file")
      .select("pseudonym")
      .where("id", "=", caseId)
      .executeTakeFirstOrThrow();
    expect(after.pseudonym).toBe("Vos-12");
  });

  it("lets only a safeguarding officer require approval, and then approve closing", async () => {
    const settings = { intent: "settings", closeRequiresApproval: "yes" };
    expect(await call(indexRoute.action as Handler, "pia", {}, settings)).toBe(403);
    expect(await call(indexRoute.action as Handler, "olga", {}, settings)).toBe(200);
    const base = { birthYear: "2010", gender: "male", lvb: "unknown", municipality: "" };
    expect(await call(newRoute.action as Handler, "pia", {}, { ...base, pseudonym: "Das-5" })).toBe(302);
    const { id } = await database.db
      .selectFrom("case_file")
      .select("id")
      .where("pseudonym", "=", "Das-5")
      .executeTakeFirstOrThrow();
    const status = async () =>
      (
        await database.db
          .selectFrom("case_file")
          .select("status")
          .where("id", "=", id)
          .executeTakeFirstOrThrow()
      ).status;
    expect(
      await call(closeRoute.action as Handler, "pia", { id }, { outcome: "help_organised", confirm: "yes" }),
    ).toBe(302);
    expect(await status()).toBe("closing");
    expect(
      await call(closeRoute.action as Handler, "pia", { id }, { outcome: "help_organised", confirm: "yes" }),
    ).toBe(409);
    expect(await call(closeRoute.action as Handler, "olga", { id }, { confirm: "yes" })).toBe(302);
    expect(await status()).toBe("closed");
  });

  it("asks to confirm open points (422), refuses them by the setting (409), sends back only with a reason (422)", async () => {
    const base = { birthYear: "2010", gender: "male", lvb: "unknown", municipality: "" };
    expect(await call(newRoute.action as Handler, "pia", {}, { ...base, pseudonym: "Das-6" })).toBe(302);
    const { id } = await database.db
      .selectFrom("case_file")
      .select("id")
      .where("pseudonym", "=", "Das-6")
      .executeTakeFirstOrThrow();
    const state = async () => ({
      status: (
        await database.db
          .selectFrom("case_file")
          .select("status")
          .where("id", "=", id)
          .executeTakeFirstOrThrow()
      ).status,
      sentBack: (
        await database.db
          .selectFrom("case_task")
          .select("id")
          .where("case_id", "=", id)
          .where("kind", "=", "send_back")
          .execute()
      ).length,
      notes: await countRows(database.db, "case_note"),
    });
    const start = await state();
    expect(start).toMatchObject({ status: "open", sentBack: 0 });
    const close = (who: string, form: Record<string, string>) =>
      call(closeRoute.action as Handler, who, { id }, { outcome: "help_organised", note: "Klaar", ...form });
    expect(await close("pia", {})).toBe(422);
    expect(await state()).toEqual(start);

    const settings = (form: Record<string, string>) =>
      call(indexRoute.action as Handler, "olga", {}, { intent: "settings", ...form });
    expect(await settings({ closeRequiresApproval: "yes", closeRequiresComplete: "yes" })).toBe(200);
    expect(await close("pia", { confirm: "yes" })).toBe(409);
    expect(await close("olga", { confirm: "yes" })).toBe(409);
    expect(await state()).toEqual(start);

    expect(await settings({ closeRequiresApproval: "yes" })).toBe(200);
    expect(await close("pia", { confirm: "yes" })).toBe(302);
    const asked = await state();
    expect(asked.status).toBe("closing");
    const sendBack = (who: string, reason: string) =>
      call(closeRoute.action as Handler, who, { id }, { intent: "send-back", reason });
    expect(await sendBack("olga", "  ")).toBe(422);
    expect(await sendBack("pia", "Ik wil het zelf terug")).toBe(409);
    expect(await sendBack("bo", "Andere organisatie")).toBe(404);
    expect(await state()).toEqual(asked);
    expect(await sendBack("olga", "Eerst stap 2 afmaken")).toBe(302);
    expect(await state()).toEqual({ status: "open", sentBack: 1, notes: asked.notes + 1 });
    expect(await settings({})).toBe(200);
  });

  it("marks only the person's own notifications read (404 for another's)", async () => {
    const unread = (userId: string) =>
      database.db
        .selectFrom("notification")
        .select("id")
        .where("user_id", "=", userId)
        .where("read_at", "is", null)
        .execute();
    const [olgaFirst] = await unread(people.olga!.userId);
    expect(olgaFirst).toBeDefined();
    const piaBefore = (await unread(people.pia!.userId)).length;
    expect(piaBefore).toBeGreaterThan(0);
    expect(await call(notificationsRoute.action as Handler, "pia", {}, { id: olgaFirst!.id })).toBe(404);
    expect(await call(notificationsRoute.action as Handler, "bo", {}, { intent: "all" })).toBe(302);
    expect(await unread(people.olga!.userId)).toContainEqual(olgaFirst);
    expect(await call(notificationsRoute.action as Handler, "olga", {}, { id: olgaFirst!.id })).toBe(302);
    expect(await unread(people.olga!.userId)).not.toContainEqual(olgaFirst);
    expect(await call(notificationsRoute.action as Handler, "pia", {}, { intent: "all" })).toBe(302);
    expect(await unread(people.pia!.userId)).toEqual([]);
  });

  it("reads the case list's filters from the URL: bad values are ignored and named, never a server error", async () => {
    const load = async (who: string, query: string) =>
      (await indexRoute.loader({
        request: new Request(`http://localhost/casussen?${query}`, {
          headers: { Cookie: people[who]!.cookie },
        }),
        params: {},
        context: harness.context(),
      } as never)) as Awaited<ReturnType<typeof indexRoute.loader>>;
    const bad = await load(
      "pia",
      `tab=%00&zoek=${"x".repeat(500)}&stap=9&vorm=%27%3B--&eigenaar=nee&termijn=ooit&sorteer=1&pagina=-3`,
    );
    expect([...bad.invalid].sort()).toEqual([
      "due",
      "form",
      "owner",
      "page",
      "search",
      "sort",
      "step",
      "tab",
    ]);
    expect(bad.filters).toEqual({ tab: "open", sort: "changed", page: 1 });
    expect(bad.cases.length).toBeGreaterThan(0);
    // Pia may not choose Olga as owner (no case of Olga's is visible to her): ignored and named.
    const olga = await database.db
      .selectFrom("user_account")
      .select("id")
      .where("email", "=", "olga@org-a.nl")
      .executeTakeFirstOrThrow();
    const foreignOwner = await load("pia", `eigenaar=${olga.id}&zoek=vos`);
    expect(foreignOwner.invalid).toEqual(["owner"]);
    expect(foreignOwner.filters).toEqual({ tab: "open", sort: "changed", page: 1, search: "vos" });
    // Vos-12 was closed above: the closed tab still finds it; another organisation never does.
    const closed = await load("pia", "tab=gesloten&zoek=VOS");
    expect(closed.cases.map((item) => item.pseudonym)).toEqual(["Vos-12"]);
    expect((await load("bo", "tab=gesloten&zoek=vos")).counts).toEqual({ open: 0, closing: 0, closed: 0 });
  });
});
