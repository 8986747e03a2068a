import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../config.server";
import { runSeeds } from "../../db/seed/index.server";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import * as organisationRoute from "../../routes/admin/directory-organisation";
import * as serviceRoute from "../../routes/admin/directory-service";
import * as suggestionsRoute from "../../routes/admin/suggestions";
import * as publicServiceRoute from "../../routes/directory/service";
import * as userRoute from "../../routes/admin/user";
import { createTenant, createUser } from "../accounts/accounts.server";
import { verifyAudit } from "../accounts/audit.server";
import type { Role } from "../accounts/permissions";
import { createSession, sessionCookieName } from "../accounts/sessions.server";
import { createChangeRequest, listChangeRequests } from "./change-request.server";
import { searchDirectory } from "./directory-search.server";
import { exportDirectory, importDirectory } from "./hsds-exchange.server";
import type { ContactModel, ServiceFormModel } from "./editor-model";
import { amsterdamToday } from "./opening-hours";
import { getServices } from "./read.server";
import { emptyQuery } from "./search-query";

/**
 * The editor's workspace as the browser reaches it: GET the form (loader),
 * POST it back (action) with the session cookie and form token. Checks what
 * is stored, logged (metadata, audit) and found by the public search.
 */
describe(`the Wegwijzer editor on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  const config = parseConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    ZICHT_SECRET_KEY: "editor-test-key-editor-test-key-editor",
    ZICHT_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "zicht-editor-")),
  });
  const sessions = new Map<Role, { cookie: string; csrf: string; userId: string }>();

  beforeAll(async () => {
    const db = database.db;
    await runSeeds(db);
    await createTenant(db, { id: "redactie", name: "Redactie" });
    for (const role of ["editor", "professional", "org_admin"] as const) {
      const userId = await createUser(db, { tenantId: "redactie", email: `${role}@redactie.nl`, role });
      const { token, csrfToken } = await createSession(db, userId, {
        secondFactorDone: true,
        userAgent: "test",
        now: new Date(),
      });
      sessions.set(role, { cookie: `${sessionCookieName}=${token}`, csrf: csrfToken, userId });
    }
  }, 60_000);

  const context = () => ({
    db: database.db,
    config,
    logger: pino({ level: "silent" }),
    cspNonce: "test",
    clientAddress: "192.0.2.20",
  });

  type Handler = (args: never) => Promise<unknown>;
  /** Runs a loader or action; returns its status, redirect target and data. */
  const run = async (
    handler: Handler,
    options: {
      role?: Role | null;
      params?: Record<string, string>;
      url?: string;
      form?: URLSearchParams;
    },
  ) => {
    const role = options.role === undefined ? "editor" : options.role;
    const headers = new Headers(role ? { Cookie: sessions.get(role)!.cookie } : {});
    const request = new Request(`http://localhost${options.url ?? "/beheer/wegwijzer"}`, {
      method: options.form ? "POST" : "GET",
      headers,
      body: options.form,
    });
    let value: unknown;
    try {
      value = await handler({ request, params: options.params ?? {}, context: context() } as never);
    } catch (thrown) {
      value = thrown;
    }
    if (value instanceof Response) {
      return { status: value.status, location: value.headers.get("Location"), data: undefined as never };
    }
    if (value && typeof value === "object" && "init" in value && "data" in value) {
      const wrapped = value as { init: ResponseInit | null; data: unknown };
      return { status: wrapped.init?.status ?? 200, location: null, data: wrapped.data as never };
    }
    if (value instanceof Error) throw value;
    return { status: 200, location: null, data: value as never };
  };

  /** The form fields the page would post for this model. */
  function formFields(model: ServiceFormModel, version: string, extra: Record<string, string> = {}) {
    const form = new URLSearchParams({ csrf: sessions.get("editor")!.csrf, version, intent: "save" });
    const scalar = [
      "organisationId",
      "name",
      "nameEn",
      "description",
      "descriptionEn",
      "status",
      "eligibility",
      "minimumAge",
      "maximumAge",
      "url",
      "assuredDate",
      "areas",
    ] as const;
    for (const key of scalar) form.set(key, model[key]);
    form.set("maximumAgeInclusive", model.maximumAgeInclusive ? "yes" : "no");
    if (model.national) form.set("national", "yes");
    for (const [taxonomy, codes] of Object.entries(model.terms)) {
      for (const code of codes) form.append(`term-${taxonomy}`, code);
    }
    const contacts = (kind: "phone" | "email", models: ContactModel[]) =>
      models.forEach((contact, index) => {
        const prefix = `${kind}-${index}`;
        form.set(`${prefix}-${kind === "phone" ? "number" : "address"}`, contact.value);
        form.set(`${prefix}-label`, contact.label);
        form.set(`${prefix}-labelEn`, contact.labelEn);
        if (contact.free) form.set(`${prefix}-free`, "yes");
        if (contact.always) form.set(`${prefix}-always`, "yes");
        contact.hours.forEach((row, rowIndex) => {
          for (const day of row.days) form.append(`${prefix}-hours-${rowIndex}-days`, day);
          form.set(`${prefix}-hours-${rowIndex}-opens`, row.opens);
          form.set(`${prefix}-hours-${rowIndex}-closes`, row.closes);
        });
      });
    contacts("phone", model.phones);
    contacts("email", model.emails);
    for (const [key, value] of Object.entries(extra)) form.set(key, value);
    return form;
  }

  const openForm = async (id: string, url?: string) => {
    const loaded = await run(serviceRoute.loader as Handler, { params: { id }, url });
    expect(loaded.status).toBe(200);
    return loaded.data as Awaited<ReturnType<typeof serviceRoute.loader>>;
  };

  const metadataCount = async () =>
    Number(
      (
        await database.db
          .selectFrom("metadata")
          .select((eb) => eb.fn.countAll().as("count"))
          .executeTakeFirstOrThrow()
      ).count,
    );

  const audits = (action: string) =>
    database.db.selectFrom("audit_log").selectAll().where("action", "=", action).orderBy("id").execute();

  it("saves a service from the form: name, area, phone and hours; logs every field; search finds the new values", async () => {
    const form = await openForm("fier-ravi");
    expect(form.model.areas).toBe("Leeuwarden");
    const model: ServiceFormModel = {
      ...form.model,
      name: "Ravi Noord",
      areas: "Groningen\nprovincie Drenthe",
      phones: [
        {
          value: "088-2080099",
          label: "Aanmelden",
          labelEn: "",
          free: false,
          always: false,
          hours: [{ days: ["TU", "TH"], opens: "09:00", closes: "12:00" }],
        },
      ],
    };
    const saved = await run(serviceRoute.action as Handler, {
      params: { id: "fier-ravi" },
      form: formFields(model, form.version),
    });
    expect(saved).toMatchObject({
      status: 302,
      location: "/beheer/wegwijzer/diensten/fier-ravi?opgeslagen=1",
    });

    const [service] = await getServices(database.db, ["fier-ravi"]);
    expect(service?.name.nl).toBe("Ravi Noord");
    expect(service?.phones).toEqual([
      expect.objectContaining({
        number: "088-2080099",
        schedules: [{ byday: ["TU", "TH"], opensAt: "09:00", closesAt: "12:00" }],
      }),
    ]);
    const changes = await database.db
      .selectFrom("metadata")
      .selectAll()
      .where("resource_id", "=", "fier-ravi")
      .where("updated_by", "=", `user:${sessions.get("editor")!.userId}`)
      .execute();
    // The English name follows the Dutch one when the English field is left empty.
    expect(changes.map((change) => change.field_name).sort()).toEqual(["areas", "name", "name_en", "phones"]);
    expect(changes.find((change) => change.field_name === "areas")).toMatchObject({
      previous_value: "GM0080",
      replacement_value: "GM0014, PV22",
    });
    expect(changes.find((change) => change.field_name === "phones")?.replacement_value).toBe(
      "088-2080099 (Aanmelden) [TU,TH 09:00-12:00]",
    );
    const [audit] = await audits("directory.service_updated");
    expect(audit).toMatchObject({ target_id: "fier-ravi", actor_user_id: sessions.get("editor")!.userId });
    expect(JSON.parse(audit!.details ?? "{}")).toEqual({ fields: ["name", "name_en", "phones", "areas"] });

    // The public search: under the new name, and in the new area (not in the old one).
    const byName = await searchDirectory(database.db, { ...emptyQuery, text: "Ravi Noord" }, new Date());
    expect(byName.results[0]?.service.id).toBe("fier-ravi");
    const inGroningen = await searchDirectory(database.db, { ...emptyQuery, place: "Groningen" }, new Date());
    expect(inGroningen.results.find((result) => result.service.id === "fier-ravi")?.areaRank).toBe(3);
    const inAssen = await searchDirectory(database.db, { ...emptyQuery, place: "Assen" }, new Date());
    expect(inAssen.results.find((result) => result.service.id === "fier-ravi")?.areaRank).toBe(2);
    const byNumber = await searchDirectory(database.db, { ...emptyQuery, text: "2080099" }, new Date());
    expect(byNumber.results.map((result) => result.service.id)).toContain("fier-ravi");
  });

  it("keeps the web page, eligibility and website an editor sets through export and import", async () => {
    const form = await openForm("pluryn-safe-and-sound");
    expect(
      await run(serviceRoute.action as Handler, {
        params: { id: "pluryn-safe-and-sound" },
        form: formFields(
          {
            ...form.model,
            url: "https://pluryn.example.nl/safe-and-sound",
            eligibility: "Meiden met een LVB",
          },
          form.version,
        ),
      }),
    ).toMatchObject({ status: 302 });
    const organisation = await run(organisationRoute.loader as Handler, { params: { id: "pluryn" } });
    const loaded = organisation.data as Awaited<ReturnType<typeof organisationRoute.loader>>;
    const orgForm = new URLSearchParams({
      csrf: sessions.get("editor")!.csrf,
      version: loaded.version,
      name: loaded.model.name,
      alternateName: loaded.model.alternateName,
      description: loaded.model.description,
      descriptionEn: loaded.model.descriptionEn,
      website: "https://pluryn.example.nl",
    });
    expect(
      await run(organisationRoute.action as Handler, { params: { id: "pluryn" }, form: orgForm }),
    ).toMatchObject({ status: 302 });
    // A second save with the old version is refused.
    expect(
      (await run(organisationRoute.action as Handler, { params: { id: "pluryn" }, form: orgForm })).status,
    ).toBe(409);

    // The public service page shows them.
    const page = await run(publicServiceRoute.loader as Handler, {
      role: null,
      params: { id: "pluryn-safe-and-sound" },
      url: "/wegwijzer/diensten/pluryn-safe-and-sound",
    });
    expect(page.data).toMatchObject({
      service: { url: "https://pluryn.example.nl/safe-and-sound", eligibility: "Meiden met een LVB" },
    });

    const exported = await exportDirectory(database.db, "https://zicht.example.nl");
    expect(exported.services.find((service) => service.slug === "pluryn-safe-and-sound")).toMatchObject({
      url: "https://pluryn.example.nl/safe-and-sound",
      eligibility_description: "Meiden met een LVB",
    });
    expect(exported.organizations.find((item) => item.slug === "pluryn")?.website).toBe(
      "https://pluryn.example.nl",
    );
    expect((await importDirectory(database.db, JSON.stringify(exported))).ok).toBe(true);
    const [service] = await getServices(database.db, ["pluryn-safe-and-sound"]);
    expect([service?.url, service?.eligibilityDescription]).toEqual([
      "https://pluryn.example.nl/safe-and-sound",
      "Meiden met een LVB",
    ]);
  });

  it("refuses a save over a newer version with 409 and overwrites nothing", async () => {
    const first = await openForm("fier-asja");
    const second = await openForm("fier-asja");
    expect(
      await run(serviceRoute.action as Handler, {
        params: { id: "fier-asja" },
        form: formFields({ ...first.model, name: "Asja (eerste)" }, first.version),
      }),
    ).toMatchObject({ status: 302 });
    const before = await metadataCount();
    const stale = await run(serviceRoute.action as Handler, {
      params: { id: "fier-asja" },
      form: formFields({ ...second.model, name: "Asja (tweede)" }, second.version),
    });
    expect(stale.status).toBe(409);
    expect(stale.data).toMatchObject({ conflict: true });
    const [service] = await getServices(database.db, ["fier-asja"]);
    expect(service?.name.nl).toBe("Asja (eerste)");
    expect(await metadataCount()).toBe(before);
  });

  it("refuses bad input with 422 and Dutch field messages, and stores nothing", async () => {
    const form = await openForm("koraal-yip");
    const before = await metadataCount();
    const auditBefore = (await database.db.selectFrom("audit_log").select("id").execute()).length;
    const refused = await run(serviceRoute.action as Handler, {
      params: { id: "koraal-yip" },
      form: formFields(
        {
          ...form.model,
          name: "Nieuwe naam die niet wordt opgeslagen",
          minimumAge: "40",
          maximumAge: "18",
          national: false,
          areas: "Atlantis",
          phones: [{ value: "bel maar", label: "", labelEn: "", free: false, always: true, hours: [] }],
        },
        form.version,
      ),
    });
    expect(refused.status).toBe(422);
    expect(refused.data).toMatchObject({
      errors: {
        minimumAge: "De minimumleeftijd mag niet hoger zijn dan de maximumleeftijd.",
        areas: "We kennen 'Atlantis' niet als gemeente, provincie of regio.",
        "phone-0-number": "Gebruik alleen cijfers, spaties en streepjes, zoals 088-208 00 00.",
      },
    });
    const [service] = await getServices(database.db, ["koraal-yip"]);
    expect(service?.name.nl).not.toBe("Nieuwe naam die niet wordt opgeslagen");
    expect(await metadataCount()).toBe(before);
    expect((await database.db.selectFrom("audit_log").select("id").execute()).length).toBe(auditBefore);
  });

  it("is closed to everyone without edit:directory:any, and to forms without the session's token", async () => {
    for (const role of ["professional", "org_admin"] as const) {
      expect((await run(serviceRoute.loader as Handler, { role, params: { id: "fier-ravi" } })).status).toBe(
        403,
      );
      const form = new URLSearchParams({
        csrf: sessions.get(role)!.csrf,
        intent: "save",
        name: "Overgenomen",
      });
      expect(
        (await run(serviceRoute.action as Handler, { role, params: { id: "fier-ravi" }, form })).status,
      ).toBe(403);
    }
    expect(
      await run(serviceRoute.loader as Handler, { role: null, params: { id: "fier-ravi" } }),
    ).toMatchObject({
      status: 302,
    });
    const noToken = new URLSearchParams({ intent: "deactivate", version: "x" });
    expect(
      (await run(serviceRoute.action as Handler, { params: { id: "fier-ravi" }, form: noToken })).status,
    ).toBe(403);
    expect((await run(serviceRoute.loader as Handler, { params: { id: "bestaat-niet" } })).status).toBe(404);
    const [service] = await getServices(database.db, ["fier-ravi"]);
    expect(service?.status).toBe("active");
  });

  it("keeps a confidential shelter location when its service is edited, and never shows it", async () => {
    const form = await openForm("hvo-querido-opvangplekken");
    expect(JSON.stringify(form)).not.toContain('hvo-querido-opvang"');
    expect(
      await run(serviceRoute.action as Handler, {
        params: { id: "hvo-querido-opvangplekken" },
        form: formFields(
          { ...form.model, description: "Opvang voor slachtoffers, op een geheim adres." },
          form.version,
        ),
      }),
    ).toMatchObject({ status: 302 });
    const location = await database.db
      .selectFrom("service_at_location as sl")
      .innerJoin("location as l", "l.id", "sl.location_id")
      .select(["l.id", "l.confidential"])
      .where("sl.service_id", "=", "hvo-querido-opvangplekken")
      .execute();
    expect(location).toEqual([{ id: "hvo-querido-opvang", confidential: true }]);
    const [service] = await getServices(database.db, ["hvo-querido-opvangplekken"]);
    expect(service?.locations).toEqual([]);
  });

  it("creates an organisation and a service, checks a service today and stops one without deleting it", async () => {
    const created = await run(organisationRoute.action as Handler, {
      url: "/beheer/wegwijzer/organisaties/nieuw",
      form: new URLSearchParams({
        csrf: sessions.get("editor")!.csrf,
        version: "",
        name: "Stichting Zonnebloem",
        description: "Hulp na uitbuiting in Zwolle.",
        website: "https://zonnebloem.example.nl",
        "phone-0-number": "038-1234567",
      }),
    });
    expect(created).toMatchObject({
      status: 302,
      location: "/beheer/wegwijzer/organisaties/stichting-zonnebloem?opgeslagen=1",
    });
    const newForm = await run(serviceRoute.loader as Handler, {
      url: "/beheer/wegwijzer/diensten/nieuw?organisatie=stichting-zonnebloem",
    });
    const model = (newForm.data as Awaited<ReturnType<typeof serviceRoute.loader>>).model;
    expect(model.organisationId).toBe("stichting-zonnebloem");
    const service = await run(serviceRoute.action as Handler, {
      url: "/beheer/wegwijzer/diensten/nieuw",
      form: formFields(
        {
          ...model,
          name: "Zonnebloem Jongerenlijn",
          description: "Praten met een hulpverlener.",
          areas: "Zwolle",
          terms: {
            hulpsoort: ["consultatie-advies"],
            uitbuitingsvorm: ["seksueel"],
            doelgroep: ["iedereen"],
            toegang: ["direct"],
          },
        },
        "",
      ),
    });
    expect(service).toMatchObject({
      status: 302,
      location: "/beheer/wegwijzer/diensten/zonnebloem-jongerenlijn?opgeslagen=1",
    });
    const found = await searchDirectory(
      database.db,
      { ...emptyQuery, text: "Zonnebloem", place: "Zwolle" },
      new Date(),
    );
    expect(found.results.map((result) => result.service.id)).toContain("zonnebloem-jongerenlijn");
    expect((await audits("directory.organisation_created")).map((row) => row.target_id)).toEqual([
      "stichting-zonnebloem",
    ]);
    expect((await audits("directory.service_created")).map((row) => row.target_id)).toEqual([
      "zonnebloem-jongerenlijn",
    ]);

    await database.db
      .updateTable("service")
      .set({ assured_date: "2024-01-01" })
      .where("id", "=", "zonnebloem-jongerenlijn")
      .execute();
    let form = await openForm("zonnebloem-jongerenlijn");
    // The route dates the check with its own clock: accept the day before or after it ran
    // (a run across midnight in Amsterdam must not fail).
    const dayBefore = amsterdamToday(new Date());
    const checked = await run(serviceRoute.action as Handler, {
      params: { id: "zonnebloem-jongerenlijn" },
      form: new URLSearchParams({
        csrf: sessions.get("editor")!.csrf,
        version: form.version,
        intent: "checked",
      }),
    });
    expect(checked.status).toBe(302);
    const dayAfter = amsterdamToday(new Date());
    form = await openForm("zonnebloem-jongerenlijn");
    expect([dayBefore, dayAfter]).toContain(form.model.assuredDate);

    const stopped = await run(serviceRoute.action as Handler, {
      params: { id: "zonnebloem-jongerenlijn" },
      form: new URLSearchParams({
        csrf: sessions.get("editor")!.csrf,
        version: form.version,
        intent: "deactivate",
      }),
    });
    expect(stopped.status).toBe(302);
    const row = await database.db
      .selectFrom("service")
      .select("status")
      .where("id", "=", "zonnebloem-jongerenlijn")
      .executeTakeFirst();
    expect(row?.status).toBe("inactive");
    const after = await searchDirectory(database.db, { ...emptyQuery, text: "Zonnebloem" }, new Date());
    expect(after.results.map((result) => result.service.id)).not.toContain("zonnebloem-jongerenlijn");
    expect((await audits("directory.service_deactivated")).map((item) => item.target_id)).toEqual([
      "zonnebloem-jongerenlijn",
    ]);
  });

  describe("accepting suggestions", () => {
    const suggest = (serviceId: string, field: string, proposedValue: string) =>
      createChangeRequest(database.db, serviceId, "", {
        field: field as never,
        proposedValue,
        explanation: "",
        email: "",
      });
    const accept = (id: number) =>
      run(suggestionsRoute.action as Handler, {
        url: "/beheer/suggesties",
        form: new URLSearchParams({ csrf: sessions.get("editor")!.csrf, id: String(id), intent: "accept" }),
      });
    const status = async (id: number) =>
      (
        await database.db
          .selectFrom("change_request")
          .select("status")
          .where("id", "=", id)
          .executeTakeFirstOrThrow()
      ).status;

    it.each([
      ["name", "Veilig Thuis (landelijk)", (s: Awaited<ReturnType<typeof getServices>>[number]) => s.name.nl],
      [
        "description",
        "Advies en melden bij huiselijk geweld.",
        (s: Awaited<ReturnType<typeof getServices>>[number]) => s.description.nl,
      ],
      ["phone", "0800-2001", (s: Awaited<ReturnType<typeof getServices>>[number]) => s.phones[0]?.number],
      [
        "email",
        "advies@veiligthuis.example.nl",
        (s: Awaited<ReturnType<typeof getServices>>[number]) => s.emails[0]?.address,
      ],
      [
        "opening_hours",
        "ma t/m vr 9-17",
        (s: Awaited<ReturnType<typeof getServices>>[number]) => s.phones[0]?.schedules,
        [{ byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "09:00", closesAt: "17:00" }],
      ],
      [
        "age",
        "12 tot en met 23 jaar",
        (s: Awaited<ReturnType<typeof getServices>>[number]) => [
          s.minimumAge,
          s.maximumAge,
          s.maximumAgeInclusive,
        ],
        [12, 23, true],
      ],
      [
        "area",
        "Utrecht, Amersfoort",
        (s: Awaited<ReturnType<typeof getServices>>[number]) => s.areas.map((area) => area.code),
        ["GM0344", "GM0307"],
      ],
    ] as const)(
      "%s: applied at once, logged, and searchable",
      async (field, value, read, expected?: unknown) => {
        const id = await suggest("veilig-thuis", field, value);
        const before = await metadataCount();
        const result = await accept(id);
        expect(result).toMatchObject({ status: 200, data: { outcome: "accepted" } });
        const [service] = await getServices(database.db, ["veilig-thuis"]);
        expect(read(service!)).toEqual(expected ?? value);
        expect(await status(id)).toBe("accepted");
        expect(await metadataCount()).toBeGreaterThan(before);
        expect((await audits("directory.suggestion_accepted")).map((row) => row.target_id)).toContain(
          String(id),
        );
      },
    );

    it("a value it cannot read is not applied: the form opens prefilled with the suggestion; saving it accepts the suggestion", async () => {
      const id = await suggest("koraal-yip", "other", "Ze werken nu ook in Limburg");
      const unclearHours = await suggest("koraal-yip", "opening_hours", "meestal 's ochtends");
      for (const pending of [id, unclearHours]) {
        const result = await accept(pending);
        expect(result).toMatchObject({
          status: 302,
          location: `/beheer/wegwijzer/diensten/koraal-yip?suggestie=${pending}`,
        });
        expect(await status(pending)).toBe("pending");
      }
      const form = await openForm("koraal-yip", `/beheer/wegwijzer/diensten/koraal-yip?suggestie=${id}`);
      expect(form.suggestion).toMatchObject({ id, field: "other", proposed: "Ze werken nu ook in Limburg" });
      const saved = await run(serviceRoute.action as Handler, {
        params: { id: "koraal-yip" },
        form: formFields({ ...form.model, national: false, areas: "provincie Limburg" }, form.version, {
          suggestion: String(id),
        }),
      });
      expect(saved.status).toBe(302);
      expect(await status(id)).toBe("accepted");
      expect(await status(unclearHours)).toBe("pending");
      const [service] = await getServices(database.db, ["koraal-yip"]);
      expect(service?.areas.map((area) => area.code)).toEqual(["PV31"]);
      expect(
        (await listChangeRequests(database.db, "pending")).map((request) => Number(request.id)),
      ).toContain(unclearHours);
    });

    it("rejecting changes nothing; deciding twice answers 409", async () => {
      const id = await suggest("veilig-thuis", "phone", "0800-9999");
      const reject = await run(suggestionsRoute.action as Handler, {
        url: "/beheer/suggesties",
        form: new URLSearchParams({ csrf: sessions.get("editor")!.csrf, id: String(id), intent: "reject" }),
      });
      expect(reject).toMatchObject({ status: 200, data: { outcome: "rejected" } });
      const [service] = await getServices(database.db, ["veilig-thuis"]);
      expect(service?.phones.map((phone) => phone.number)).not.toContain("0800-9999");
      expect((await accept(id)).status).toBe(409);
    });
  });

  it("records the old and the new role of a role change in the audit log, and the chain still verifies", async () => {
    const admin = sessions.get("org_admin")!;
    const result = await run(userRoute.action as Handler, {
      role: "org_admin",
      params: { id: sessions.get("professional")!.userId },
      form: new URLSearchParams({ csrf: admin.csrf, role: "safeguarding_officer" }),
    });
    expect(result.status).toBe(200);
    const [entry] = await audits("user.role_changed");
    expect(JSON.parse(entry!.details ?? "{}")).toEqual({ from: "professional", to: "safeguarding_officer" });
    expect(await verifyAudit(database.db, config)).toMatchObject({
      rows: expect.any(Number),
      brokenAt: null,
    });
    // Changing the stored details breaks the chain.
    await database.db
      .updateTable("audit_log")
      .set({ details: '{"from":"professional","to":"platform_admin"}' })
      .where("id", "=", entry!.id)
      .execute();
    expect((await verifyAudit(database.db, config)).brokenAt).toBe(Number(entry!.id));
  });
});
