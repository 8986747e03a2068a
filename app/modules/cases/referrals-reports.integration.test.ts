import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { isCompletePdf, pdfText } from "../../../tests/e2e/support/pdf";
import { runSeeds } from "../../db/seed/index.server";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { translator } from "../../i18n";
import { getSender, setOwnPhone } from "../accounts/accounts.server";
import { findInstrument } from "../screening/instruments";
import { scoreInstrumentRequest } from "../screening/score.server";
import { allNo } from "../screening/testing";
import { addAssessment } from "./assessments.server";
import { referralLetter } from "./case-summaries";
import { writeNote } from "./notes.server";
import { recordConsent, withdrawConsent } from "./consents.server";
import { exportSummary } from "./export-document";
import { exportCase } from "./export.server";
import { pdfFrame, type DocumentKind } from "./pdf-layout";
import {
  changeReferral,
  createReferral,
  listReferrals,
  referralLetterInput,
  serviceChoices,
} from "./referrals.server";
import { recordReport, reportSummary } from "./reports.server";
import { renderSummaryPdf } from "./summary-pdf.server";
import { caseTestConfig, countRows, makeOrganisations, openCase } from "./testing";
import type { CaseActor } from "./visibility";

const config = caseTestConfig();
const t = translator("nl");
const t0 = new Date(Date.UTC(2026, 10, 29, 9, 0, 0));
const service = "fier-advies-en-aanmeldingen";
type Db = ReturnType<typeof useTestDatabase>["db"];
const auditActions = async (db: Db) =>
  (await db.selectFrom("audit_log").select("action").orderBy("id").execute()).map((row) => row.action);

describe(`referrals, report summaries and the export on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  let pro: CaseActor;
  let officer: CaseActor;
  let outsider: CaseActor;
  let caseId = "";

  const consent = (
    purpose: "referral" | "comensha_registration" | "share_with_organisation",
    target: string | null,
  ) =>
    // Merel (born 2011) is 14 or 15: the young person and a parent both consent.
    Promise.all(
      (["young_person", "parent"] as const).map((givenBy) =>
        recordConsent(
          database.db,
          config,
          pro,
          caseId,
          { purpose, target, givenBy, givenOn: "2026-11-01", form: "written" },
          t0,
        ),
      ),
    );

  beforeAll(async () => {
    const db = database.db;
    await runSeeds(db);
    ({ pro, officer, outsider } = await makeOrganisations(db, {
      pro: ["org-a", "professional", "Pia"],
      officer: ["org-a", "safeguarding_officer", "Olga"],
      outsider: ["org-b", "safeguarding_officer", "Bea"],
    }));
    caseId = await openCase(db, config, pro, { municipalityCode: "GM0080" }, t0);
    await writeNote(
      db,
      config,
      pro,
      { caseId, subjectType: "case", subjectId: caseId, text: "GEHEIM: woont bij oom" },
      t0,
    );
    const definition = findInstrument("signalen-seksuele-uitbuiting")!;
    const scored = await scoreInstrumentRequest(
      db,
      definition,
      { answers: { ...allNo(definition), "nieuwe-oudere-vriend": "yes", "onder-druk": "yes" }, context: {} },
      t,
    );
    if (!scored.ok) throw new Error("scoring failed");
    await addAssessment(db, config, pro, caseId, { definition, ...scored }, t0);
  }, 120_000);

  it("offers Wegwijzer services, near the place named first", async () => {
    const { choices } = await serviceChoices(database.db, "Fier Leeuwarden", t0);
    expect(choices.map((choice) => choice.id)).toContain(service);
    expect(choices[0]!.areaRank).toBeGreaterThanOrEqual(choices.at(-1)!.areaRank);
  });

  it("refuses a referral without referral consent, or with consent for another service: nothing stored", async () => {
    const db = database.db;
    const notesBefore = await countRows(db, "case_note");
    const input = { serviceId: service, question: "Kunnen jullie Merel begeleiden?" };
    expect(await createReferral(db, config, pro, caseId, input, t0)).toEqual({
      ok: false,
      problem: "no_consent",
    });
    await consent("referral", "Koraal");
    expect(await createReferral(db, config, pro, caseId, input, t0)).toEqual({
      ok: false,
      problem: "no_consent",
    });
    // A professional cannot override; the reason alone changes nothing.
    expect(await createReferral(db, config, pro, caseId, { ...input, overrideReason: "spoed" }, t0)).toEqual({
      ok: false,
      problem: "no_consent",
    });
    expect(await countRows(db, "case_referral")).toBe(0);
    expect(await countRows(db, "case_consent_override")).toBe(0);
    expect(await countRows(db, "case_note")).toBe(notesBefore);
  });

  it("answers not found for another organisation's person, and refuses an unknown service or an empty question", async () => {
    const db = database.db;
    expect(
      await createReferral(db, config, outsider, caseId, { serviceId: service, question: "x" }, t0),
    ).toEqual({
      ok: false,
      problem: "not_found",
    });
    expect(
      await createReferral(db, config, pro, caseId, { serviceId: "bestaat-niet", question: "x" }, t0),
    ).toEqual({
      ok: false,
      problem: "service",
    });
    expect(await createReferral(db, config, pro, caseId, { serviceId: service, question: " " }, t0)).toEqual({
      ok: false,
      problem: "question",
    });
    expect(await countRows(db, "case_referral")).toBe(0);
  });

  it("with consent for the organisation: concept → sent → declined (reason required), the history kept", async () => {
    const db = database.db;
    await consent("referral", "Fier");
    const made = await createReferral(
      db,
      config,
      pro,
      caseId,
      { serviceId: service, question: "Kunnen jullie helpen?" },
      t0,
    );
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    const change = (action: "send" | "accept" | "decline" | "complete", version: number, reason = "") =>
      changeReferral(db, config, pro, caseId, made.id, { action, reason, version }, t0);
    expect(await change("accept", 1)).toEqual({ ok: false, problem: "not_allowed" });
    expect(await change("send", 1)).toEqual({ ok: true, status: "sent" });
    // A form based on the old version is told it changed.
    expect(await change("accept", 1)).toEqual({ ok: false, problem: "changed" });
    expect(await change("decline", 2, "  ")).toEqual({ ok: false, problem: "reason_required" });
    expect(await change("decline", 2, "Geen plek tot maart")).toEqual({ ok: true, status: "declined" });
    const [referral] = await listReferrals(db, config, pro, caseId);
    expect(referral).toMatchObject({
      status: "declined",
      basis: "consent",
      question: "Kunnen jullie helpen?",
      declineReason: "Geen plek tot maart",
    });
    expect(referral!.events.map((event) => event.status)).toEqual(["concept", "sent", "declined"]);
    const raw = await sql<{ c: string }>`select ciphertext as c from case_note`.execute(db);
    expect(raw.rows.map((row) => row.c).join(" ")).not.toContain("Geen plek");
  });

  it("writes a letter with only what consent allows: assessments only with consent to share with the organisation, never notes", async () => {
    const db = database.db;
    const [referral] = await listReferrals(db, config, pro, caseId);
    const outcome = await referralLetterInput(db, config, pro, caseId, referral!.id, t0);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.letter.sharedAssessments).toBeNull();
    const text = JSON.stringify(referralLetter(outcome.letter, t, "nl"));
    expect(text).toContain("Merel");
    expect(text).toContain("Leeuwarden");
    expect(text).not.toContain("GEHEIM");
    await consent("share_with_organisation", "Fier");
    const shared = await referralLetterInput(db, config, pro, caseId, referral!.id, t0);
    expect(shared.ok && shared.letter.sharedAssessments?.length).toBe(1);
    expect(await referralLetterInput(db, config, outsider, caseId, referral!.id, t0)).toEqual({
      ok: false,
      problem: "not_found",
    });
  });

  it("refuses to send once the consent is withdrawn", async () => {
    const db = database.db;
    const made = await createReferral(
      db,
      config,
      pro,
      caseId,
      { serviceId: service, question: "Nieuwe vraag" },
      t0,
    );
    if (!made.ok) throw new Error("not made");
    const consents = await db
      .selectFrom("case_consent")
      .select("id")
      .where("purpose", "=", "referral")
      .where("target", "=", "Fier")
      .execute();
    for (const row of consents) await withdrawConsent(db, config, pro, caseId, row.id, "2026-11-28", t0);
    expect(
      await changeReferral(db, config, pro, caseId, made.id, { action: "send", reason: "", version: 1 }, t0),
    ).toEqual({
      ok: false,
      problem: "withdrawn",
    });
    expect((await listReferrals(db, config, pro, caseId)).find((item) => item.id === made.id)?.status).toBe(
      "concept",
    );
  });

  it("lets a safeguarding officer go ahead without consent only with a reason, audited", async () => {
    const db = database.db;
    const input = { serviceId: service, question: "Acute hulp nodig" };
    expect(await createReferral(db, config, officer, caseId, { ...input, overrideReason: " " }, t0)).toEqual({
      ok: false,
      problem: "override_reason",
    });
    const made = await createReferral(
      db,
      config,
      officer,
      caseId,
      { ...input, overrideReason: "Gevaar, ouders onbereikbaar" },
      t0,
    );
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect((await listReferrals(db, config, pro, caseId)).find((item) => item.id === made.id)?.basis).toBe(
      "override",
    );
    expect(
      await changeReferral(
        db,
        config,
        officer,
        caseId,
        made.id,
        { action: "send", reason: "", version: 1 },
        t0,
      ),
    ).toEqual({
      ok: true,
      status: "sent",
    });
    const letter = await referralLetterInput(db, config, pro, caseId, made.id, t0);
    expect(letter.ok && letter.letter.basis.kind).toBe("override");
    const actions = await auditActions(db);
    expect(actions).toContain("case.consent_overridden");
    expect(actions).toContain("case.referral_created");
    expect(actions).toContain("case.referral_changed");
    expect(actions).toContain("case.referral_letter");
  });

  it("refuses the CoMensha summary and its recording without CoMensha consent; the Veilig Thuis summary needs none", async () => {
    const db = database.db;
    expect(await reportSummary(db, config, pro, caseId, "comensha", t, "nl", t0)).toEqual({
      ok: false,
      problem: "no_consent",
    });
    expect(
      await recordReport(
        db,
        config,
        pro,
        caseId,
        { kind: "comensha", reportedOn: "2026-11-28", reference: "" },
        t0,
      ),
    ).toEqual({ ok: false, problem: "no_consent" });
    expect(await countRows(db, "case_report")).toBe(0);
    const vt = await reportSummary(db, config, pro, caseId, "veilig_thuis", t, "nl", t0);
    expect(vt.ok && vt.summary.title).toBe(t("cases.report.vt.title"));
    expect(await reportSummary(db, config, outsider, caseId, "veilig_thuis", t, "nl", t0)).toEqual({
      ok: false,
      problem: "not_found",
    });
  });

  it("gives the CoMensha summary with consent, and records the report with a date and reference", async () => {
    const db = database.db;
    await consent("comensha_registration", null);
    const outcome = await reportSummary(db, config, pro, caseId, "comensha", t, "nl", t0);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const lines = outcome.summary.sections.flatMap((section) => section.lines);
    expect(lines).toEqual(
      expect.arrayContaining([
        { label: t("cases.comensha.form"), value: t("cases.comensha.form.sexual") },
        { label: t("cases.facts.gender"), value: t("cases.gender.female") },
        { label: t("cases.comensha.minor"), value: t("cases.facts.yes") },
        { label: t("cases.comensha.region"), value: "Leeuwarden (Fryslân)" },
      ]),
    );
    expect(JSON.stringify(outcome.summary)).not.toContain("GEHEIM");
    const bad = await recordReport(
      db,
      config,
      pro,
      caseId,
      { kind: "comensha", reportedOn: "2027-01-01", reference: "" },
      t0,
    );
    expect(bad).toEqual({
      ok: false,
      problem: "invalid",
      problems: [{ field: "reportedOn", message: "cases.error.dateFuture" }],
    });
    expect(
      await recordReport(
        db,
        config,
        pro,
        caseId,
        { kind: "comensha", reportedOn: "2026-11-28", reference: "CM-1234" },
        t0,
      ),
    ).toEqual({ ok: true });
    const row = await db
      .selectFrom("case_report")
      .select(["kind", "reference", "consent_id"])
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: "comensha", reference: "CM-1234" });
    expect(row.consent_id).not.toBeNull();
  });

  it("exports the whole case with decrypted notes for the right of access, audited; another organisation gets nothing", async () => {
    const db = database.db;
    expect(await exportCase(db, config, outsider, caseId, t0)).toBeUndefined();
    const exported = await exportCase(db, config, pro, caseId, t0);
    expect(exported?.case).toMatchObject({ pseudonym: "Merel", birthYear: 2011, municipalityCode: "GM0080" });
    expect(exported?.notes.map((note) => note.text)).toContain("GEHEIM: woont bij oom");
    expect(exported?.referrals.map((referral) => referral.status).sort()).toEqual([
      "concept",
      "declined",
      "sent",
    ]);
    expect(exported?.reports).toEqual([{ kind: "comensha", reportedOn: "2026-11-28", reference: "CM-1234" }]);
    expect(exported?.assessments).toHaveLength(1);
    expect(exported?.consents.length).toBeGreaterThanOrEqual(4);
    expect(await auditActions(db)).toContain("case.exported");
  });

  it("puts the sender, the date in words, a reference and page numbers on every case PDF", async () => {
    const db = database.db;
    await setOwnPhone(db, pro.userId, "06-12345678");
    const sender = await getSender(db, pro.tenantId, pro.userId);
    expect(sender).toEqual({
      name: "Pia",
      email: "pia@org-a.nl",
      phone: "06-12345678",
      organisation: "Organisatie org-a",
    });
    expect(await getSender(db, outsider.tenantId, pro.userId)).toBeUndefined();
    const frame = (kind: DocumentKind, id: string) =>
      pdfFrame({ sender: sender!, kind, id, now: t0, locale: "nl" }, t);

    // Take the first referral that still has a letter (a consent was withdrawn earlier in this file).
    let referral: { id: string } | undefined;
    let letter: Awaited<ReturnType<typeof referralLetterInput>> = { ok: false, problem: "not_found" };
    for (const candidate of await listReferrals(db, config, pro, caseId)) {
      letter = await referralLetterInput(db, config, pro, caseId, candidate.id, t0);
      referral = candidate;
      if (letter.ok) break;
    }
    const vt = await reportSummary(db, config, pro, caseId, "veilig_thuis", t, "nl", t0);
    const comensha = await reportSummary(db, config, pro, caseId, "comensha", t, "nl", t0);
    const exported = await exportCase(db, config, pro, caseId, t0);
    if (!letter.ok || !vt.ok || !comensha.ok || !exported) {
      throw new Error(
        `a document is missing: ${JSON.stringify([letter.ok, vt.ok, comensha.ok, !!exported])}`,
      );
    }
    const pdfs = {
      letter: await renderSummaryPdf(
        referralLetter(letter.letter, t, "nl"),
        frame("referral_letter", referral!.id),
      ),
      veiligThuis: await renderSummaryPdf(vt.summary, frame("veilig_thuis", caseId)),
      comensha: await renderSummaryPdf(comensha.summary, frame("comensha", caseId)),
      export: await renderSummaryPdf(exportSummary(exported, t, "nl"), frame("export", caseId)),
    };
    const references = new Set<string>();
    for (const [name, pdf] of Object.entries(pdfs)) {
      expect(isCompletePdf(pdf), name).toBe(true);
      const text = pdfText(pdf);
      for (const expected of [
        "Afzender",
        "Pia",
        "Organisatie org-a",
        "Telefoon: 06-12345678",
        "E-mail: pia@org-a.nl",
        "Datum: 29 november 2026",
        "pagina 1 van ",
      ]) {
        expect(text, name).toContain(expected);
      }
      const reference = /Kenmerk: (ZICHT-20261129-[0-9A-F]{8})/.exec(text)?.[1];
      expect(reference, name).toBeDefined();
      references.add(reference!);
      expect(text, name).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
    }
    expect(references.size).toBe(4);
    expect(pdfText(pdfs.comensha)).toContain("28 november 2026 (CM-1234)");
    expect(pdfText(pdfs.letter)).not.toContain("GEHEIM");
  });
});
