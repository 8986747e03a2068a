import pino from "pino";
import { beforeAll, describe, expect, it } from "vitest";
import { runSeeds } from "../../db/seed/index.server";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import * as directoryRoute from "../../routes/directory/index";
import * as referralsRoute from "../../routes/cases/referrals";
import { createTenant, createUser } from "../accounts/accounts.server";
import { createSession, sessionCookieName } from "../accounts/sessions.server";
import { pageSize } from "../directory/directory-search.server";
import { caseTestConfig, openCase } from "./testing";

/**
 * The referral form searches with the Wegwijzer's own search: through the
 * real loaders of /casussen/:id/verwijzingen and /wegwijzer, the same words
 * give the same services in the same order.
 */
const config = caseTestConfig();
const t0 = new Date(Date.UTC(2026, 10, 29, 9, 0, 0));

type Handler = (args: never) => Promise<unknown>;
type ReferralPage = {
  query: string;
  prefilled: boolean;
  results: { heading: string; more: boolean; shown: number; wegwijzer: string };
  choices: Array<{ id: string; name: string; organisation: string; area: string }>;
};
type DirectoryPage = { data: { search?: { results: Array<{ view: { id: string } }> } } };

describe(`the referral search is the Wegwijzer's search, on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  let cookie = "";
  let caseId = "";
  let withoutPlace = "";

  const context = () => ({
    db: database.db,
    config,
    logger: pino({ level: "silent" }),
    cspNonce: "test",
    clientAddress: "192.0.2.10",
  });
  const request = (path: string) => new Request(`http://localhost${path}`, { headers: { Cookie: cookie } });
  const referralPage = async (search: string, id = caseId) =>
    (await (referralsRoute.loader as Handler)({
      request: request(`/casussen/${id}/verwijzingen${search}`),
      params: { id },
      context: context(),
    } as never)) as ReferralPage;
  const referralIds = async (words: string) =>
    (await referralPage(`?zoek=${encodeURIComponent(words)}`)).choices.map((choice) => choice.id);
  const directoryIds = async (words: string) => {
    const page = (await (directoryRoute.loader as Handler)({
      request: request(`/wegwijzer?q=${encodeURIComponent(words)}`),
      params: {},
      context: context(),
    } as never)) as DirectoryPage;
    return (page.data.search?.results ?? []).map((result) => result.view.id);
  };

  beforeAll(async () => {
    const db = database.db;
    await runSeeds(db);
    await createTenant(db, { id: "org-a", name: "A" });
    const userId = await createUser(db, { tenantId: "org-a", email: "pia@org-a.nl", role: "professional" });
    // The session is checked against the server's clock, as when signing in.
    const session = await createSession(db, userId, {
      secondFactorDone: true,
      userAgent: "test",
      now: new Date(),
    });
    cookie = `${sessionCookieName}=${session.token}`;
    const actor = { userId, tenantId: "org-a", role: "professional" as const };
    caseId = await openCase(db, config, actor, { gender: "female", municipalityCode: "GM0080" }, t0);
    withoutPlace = await openCase(
      db,
      config,
      actor,
      { pseudonym: "Uil-3", gender: "unknown", municipalityCode: null },
      t0,
    );
  }, 120_000);

  it.each(["Zwolle", "jeugd", "meisje 15 seksuele uitbuiting"])(
    "%s: the same first services as /wegwijzer, in the same order",
    async (words) => {
      const fromReferral = await referralIds(words);
      expect(fromReferral.length).toBeGreaterThan(0);
      expect(fromReferral).toEqual(await directoryIds(words));
    },
  );

  it("reads age, gender and form: no service for boys only for a 15-year-old girl", async () => {
    const girl = await referralIds("meisje 15 seksuele uitbuiting");
    expect(girl).not.toContain("fier-ravi");
    expect(await referralIds("jongen 15 Leeuwarden seksuele uitbuiting")).toContain("fier-ravi");
  });

  it("still finds services with a typo", async () => {
    const typo = await referralIds("seksuele uitbuitng");
    expect(typo.length).toBeGreaterThan(0);
    expect(typo).toEqual(await directoryIds("seksuele uitbuitng"));
    expect(await referralIds("Querrido")).toContain("hvo-querido-opvangplekken");
  });

  it("shows name, organisation and area, the count, at most one page, and a link to the same search", async () => {
    const page = await referralPage("?zoek=Fier");
    const fier = page.choices.find((choice) => choice.id === "fier-advies-en-aanmeldingen");
    expect(fier?.organisation).toBe("Fier");
    expect(fier?.area).not.toBe("");
    expect(page.results.heading).toMatch(/^\d+ resultaten?$|^1 resultaat$/);
    expect(page.results.wegwijzer).toBe("/wegwijzer?q=Fier");

    // An empty search: every service, of which the first page, with the hint to narrow down.
    const everything = await referralPage("?zoek=");
    expect(everything.prefilled).toBe(false);
    expect(everything.choices).toHaveLength(pageSize);
    expect(Number(/\d+/.exec(everything.results.heading)?.[0])).toBeGreaterThan(pageSize);
    expect(everything.results.more).toBe(true);
    expect((await referralPage("?zoek=Querrido")).results.more).toBe(false);
  });

  it("starts from the case's gender and municipality before anyone searches, and says so", async () => {
    const first = await referralPage("");
    expect(first.query).toBe("meisje Leeuwarden");
    expect(first.prefilled).toBe(true);
    expect(first.choices.map((choice) => choice.id)).toEqual(await directoryIds("meisje Leeuwarden"));
    // A case without gender or municipality starts with every service, and nothing is said.
    const bare = await referralPage("", withoutPlace);
    expect(bare.query).toBe("");
    expect(bare.prefilled).toBe(false);
  });

  it("never crashes on odd input: very long, symbols, half an escape", async () => {
    for (const search of [`?zoek=${"a".repeat(5000)}`, "?zoek=%25%26%3C%3E%22'()*:!", "?zoek=%E0%A4%A"]) {
      const page = await referralPage(search);
      expect(page.query.length).toBeLessThanOrEqual(200);
      expect(Array.isArray(page.choices)).toBe(true);
    }
  });
});
