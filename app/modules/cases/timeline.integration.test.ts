import { beforeAll, describe, expect, it } from "vitest";
import pino from "pino";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { translator } from "../../i18n";
import * as viewRoute from "../../routes/cases/view";
import { createSession, sessionCookieName } from "../accounts/sessions.server";
import { findInstrument } from "../screening/instruments";
import { scoreInstrumentRequest } from "../screening/score.server";
import { allNo } from "../screening/testing";
import { addAssessment } from "./assessments.server";
import { findCase, newId } from "./cases.server";
import { closeCase, setCloseRequiresApproval } from "./closing.server";
import { listConsents, overrideConsent, recordConsent, withdrawConsent } from "./consents.server";
import { addCaseNote } from "./notes.server";
import { recordReport } from "./reports.server";
import { shareCase } from "./shares.server";
import { addConsultation, saveStep } from "./steps.server";
import { caseTestConfig, makeActor, makeOrganisations, openCase } from "./testing";
import { caseNextStep } from "./next-step.server";
import { caseTimeline } from "./timeline.server";
import { sortTimeline } from "./timeline";
import type { CaseActor } from "./visibility";

const config = caseTestConfig();
const t0 = new Date(Date.UTC(2026, 10, 29, 9, 0, 0));
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe(`the case timeline on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  let pro: CaseActor;
  let cas: CaseActor;
  let officer: CaseActor;
  let outsider: CaseActor;
  let caseId = "";
  let assessmentId = "";
  let referralId = "";

  beforeAll(async () => {
    const db = database.db;
    ({ pro, cas, officer, outsider } = await makeOrganisations(db, {
      pro: ["org-a", "professional", "Pia"],
      cas: ["org-a", "professional", "Cas"],
      officer: ["org-a", "safeguarding_officer", "Olga"],
      outsider: ["org-b", "safeguarding_officer", "Bea"],
    }));
    caseId = await openCase(db, config, pro, {}, t0);
    const definition = findInstrument("signalen-seksuele-uitbuiting")!;
    const scored = await scoreInstrumentRequest(
      db,
      definition,
      { answers: allNo(definition), context: {} },
      translator("nl"),
    );
    if (!scored.ok) throw new Error("not scored");
    assessmentId = (await addAssessment(db, config, pro, caseId, { definition, ...scored }, later(1)))!;
    const step1 = { status: "done" as const, data: { assessmentIds: [assessmentId] }, version: 0 };
    // A step note is not a case note: it does not appear as "note" in the timeline.
    expect(await saveStep(db, config, pro, caseId, 1, { ...step1, note: "stapnotitie" }, later(2))).toBe(
      true,
    );
    expect(
      await addConsultation(
        db,
        config,
        pro,
        caseId,
        { consulted: "veilig_thuis", consultedOn: "2026-11-29", advice: "" },
        later(3),
      ),
    ).toBe(true);
    await recordConsent(
      db,
      config,
      pro,
      caseId,
      {
        purpose: "referral",
        target: null,
        givenBy: "young_person",
        giverLabel: null,
        givenOn: "2026-11-29",
        form: "spoken",
      },
      later(4),
    );
    expect(
      await overrideConsent(
        db,
        config,
        officer,
        caseId,
        { purpose: "help", target: null, reason: "x" },
        later(5),
      ),
    ).toBeDefined();
    // A referral with its event (the referral flow itself is tested in referrals-reports).
    referralId = newId();
    await db
      .insertInto("case_referral")
      .values({
        id: referralId,
        case_id: caseId,
        tenant_id: pro.tenantId,
        service_id: "fier",
        service_name: "Fier",
        status: "sent",
        consent_id: null,
        override_id: null,
        created_by: pro.userId,
        created_at: later(6),
        updated_by: pro.userId,
        updated_at: later(6),
        sent_at: later(6),
      })
      .execute();
    await db
      .insertInto("case_referral_event")
      .values({
        referral_id: referralId,
        tenant_id: pro.tenantId,
        status: "sent",
        by_user: pro.userId,
        at: later(6),
      })
      .execute();
    const report = await recordReport(
      db,
      config,
      pro,
      caseId,
      { kind: "veilig_thuis", reportedOn: "2026-11-29", reference: "VT-1" },
      later(7),
    );
    expect(report.ok).toBe(true);
    expect(await addCaseNote(db, config, pro, caseId, "Geheime tekst", later(8))).toBe(true);
    const consent = (await listConsents(db, pro, caseId))[0]!;
    expect(await withdrawConsent(db, config, pro, caseId, consent.id, "2026-11-29", later(9))).toBe(true);
    expect(await shareCase(db, config, pro, caseId, cas.userId, later(10))).toBe("shared");
    await setCloseRequiresApproval(db, pro.tenantId, true);
    expect(
      await closeCase(db, config, pro, caseId, { outcome: "reported", note: "", confirmed: true }, later(12)),
    ).toBe("awaiting_approval");
    expect(
      await closeCase(
        db,
        config,
        officer,
        caseId,
        { outcome: "reported", note: "", confirmed: true },
        later(13),
      ),
    ).toBe("closed");
  });

  it("lists every kind of event once, newest first, with who and a link to its page", async () => {
    const found = (await findCase(database.db, pro, caseId))!;
    const timeline = sortTimeline(await caseTimeline(database.db, found));
    const base = `/casussen/${caseId}`;
    expect(timeline.map((entry) => [entry.kind, entry.who, entry.at.toISOString(), entry.href])).toEqual([
      ["closed", "Olga", later(13).toISOString(), base],
      ["close_requested", "Pia", later(12).toISOString(), `${base}/afsluiten`],
      ["shared", "Pia", later(10).toISOString(), `${base}#delen`],
      ["consent_withdrawn", "Pia", later(9).toISOString(), `${base}/toestemming`],
      ["note", "Pia", later(8).toISOString(), `${base}#notities`],
      // Recording the report completes step 5's reporting part: the step changes at the same moment.
      ["step", "Pia", later(7).toISOString(), `${base}/stappen/5`],
      ["report", "Pia", later(7).toISOString(), `${base}/meldingen/veilig-thuis`],
      ["referral", "Pia", later(6).toISOString(), `${base}/verwijzingen#referral-${referralId}`],
      ["consent_override", "Olga", later(5).toISOString(), `${base}/toestemming`],
      ["consent_given", "Pia", later(4).toISOString(), `${base}/toestemming`],
      ["consultation", "Pia", later(3).toISOString(), `${base}/stappen/2`],
      ["step", "Pia", later(2).toISOString(), `${base}/stappen/1`],
      ["assessment", "Pia", later(1).toISOString(), `${base}/beoordelingen/${assessmentId}`],
      ["opened", "Pia", t0.toISOString(), base],
    ]);
    expect(timeline.find((entry) => entry.kind === "shared")).toMatchObject({ withName: "Cas" });
    expect(timeline.find((entry) => entry.kind === "referral")).toMatchObject({
      service: "Fier",
      status: "sent",
    });
    // No note text anywhere in the timeline.
    expect(JSON.stringify(timeline)).not.toContain("Geheime tekst");
    expect(JSON.stringify(timeline)).not.toContain("stapnotitie");
  });

  it("the next step reads the case's facts: a new case starts with a signals list, a closed one is read-only", async () => {
    const db = database.db;
    const closed = await caseNextStep(db, pro, (await findCase(db, pro, caseId))!, "2026-12-01");
    expect(closed).toMatchObject({ stepsDone: 1, currentStep: 2, closedOn: "2026-11-29" });
    expect(closed.action).toEqual({ kind: "closed", labelKey: "nextStep.closedNoDate" });
    const fresh = await openCase(db, config, pro, { pseudonym: "Uil-1" }, t0);
    const next = await caseNextStep(db, pro, (await findCase(db, pro, fresh))!, "2026-12-01");
    expect(next).toMatchObject({ stepsDone: 0, currentStep: 1 });
    expect(next.action).toMatchObject({ kind: "assess", href: `/casussen/${fresh}#signaleringen` });
    expect(await caseTimeline(db, (await findCase(db, pro, fresh))!)).toHaveLength(1);
  });

  it("another organisation or an unshared professional never gets the case, so never its timeline (404 on the page)", async () => {
    const db = database.db;
    expect(await findCase(db, outsider, caseId)).toBeUndefined();
    const stranger = await makeActor(db, "org-a", "professional", "Daan");
    expect(await findCase(db, stranger, caseId)).toBeUndefined();
    for (const actor of [outsider, stranger]) {
      const session = await createSession(db, actor.userId, {
        secondFactorDone: true,
        userAgent: "test",
        now: new Date(),
      });
      const request = new Request(`http://localhost/casussen/${caseId}`, {
        headers: { Cookie: `${sessionCookieName}=${session.token}` },
      });
      const context = { db, config, logger: pino({ level: "silent" }), cspNonce: "test" };
      const status = await viewRoute
        .loader({ request, params: { id: caseId }, context } as never)
        .then(() => 200)
        .catch((error: unknown) =>
          error && typeof error === "object" && "init" in error
            ? ((error as { init: ResponseInit | null }).init?.status ?? 0)
            : error instanceof Response
              ? error.status
              : 500,
        );
      expect(status).toBe(404);
    }
  });
});
