import { join } from "node:path";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { importDirectory, importRead, readImportDocument, readImportSource } from "./hsds-exchange.server";
import { taxonomies } from "../../../content/taxonomies";
import type { DirectoryContent } from "./directory-content";
import { saveDirectory } from "./directory.server";
import { changeService, loadService, updateService } from "./editor.server";
import { getServices } from "./read.server";

const tabularDir = join(import.meta.dirname, "..", "..", "..", "tests", "fixtures", "hsds", "tabular");

const ORG = "5b1a4c3e-1d2f-4e5a-8b9c-0d1e2f3a4b5c";
const SERVICE = "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d";
const SERVICE_2 = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e";

/** One organization with two services, as another system's API returns it (no Zicht profile fields). */
const foreignOrganization = {
  id: ORG.toUpperCase(),
  name: "Stichting Hulp Dichtbij",
  description: "Vrijwilligers die meegaan naar instanties.",
  website: "https://hulp-dichtbij.example",
  services: [
    {
      id: SERVICE,
      name: "Maatje bij de IND",
      description: "Een vrijwilliger gaat mee naar afspraken bij de IND.",
      status: "active",
      assured_date: "2026-11-20",
      service_areas: [{ id: "c0000000-0000-4000-8000-000000000001", name: "Gemeente Utrecht" }],
    },
    {
      id: SERVICE_2,
      name: "Wereldwijde hulplijn",
      description: "Een hulplijn zonder vaste plek.",
      status: "active",
      last_modified: "2026-10-01T09:30:00Z",
      service_areas: [{ id: "c0000000-0000-4000-8000-000000000002", name: "Overal ter wereld" }],
    },
  ],
};

describe(`Importing HSDS from other systems on ${testEngineLabel}`, () => {
  const database = useTestDatabase({ emptyBeforeEach: true });

  const counts = async () => {
    const { rows } = await sql<{
      services: number;
      organisations: number;
      taxonomies: number;
      terms: number;
    }>`
      select (select count(*)::int from service) as services, (select count(*)::int from organization) as organisations,
             (select count(*)::int from taxonomy) as taxonomies, (select count(*)::int from taxonomy_term) as terms`.execute(
      database.db,
    );
    return rows[0];
  };

  it("imports one organization with nested services and reads them back with Zicht's areas", async () => {
    const result = await importDirectory(database.db, JSON.stringify(foreignOrganization));
    if (!result.ok) throw new Error(result.problems.join("\n"));
    expect(result.counts).toMatchObject({ organisations: 1, services: 2 });
    const [withArea, without] = await getServices(database.db, [SERVICE, SERVICE_2]);
    expect(withArea).toMatchObject({
      id: SERVICE,
      name: { nl: "Maatje bij de IND", en: "Maatje bij de IND" },
      organisation: { id: ORG, name: "Stichting Hulp Dichtbij" },
      areas: [expect.objectContaining({ kind: "municipality", code: "GM0344" })],
    });
    // No Dutch place: no area (the "unknown area" tier); the assured date comes from last_modified.
    expect(without?.areas).toEqual([]);
    expect(without?.assuredDate).toBe("2026-10-01");
  });

  it("imports the tabular data package with its own taxonomy and reads the services back", async () => {
    const read = readImportSource(tabularDir);
    const result = await importRead(database.db, read);
    if (!result.ok) throw new Error(result.problems.join("\n"));
    expect(await counts()).toEqual({ services: 2, organisations: 1, taxonomies: 1, terms: 2 });
    const [spreekuur, chat] = await getServices(database.db, [
      "3c2b8f4a-1d7e-4f60-8a3b-5e9d0c1f2a11",
      "7a1e5d90-4b3c-4e2f-9c8d-6f0a1b2c3d22",
    ]);
    expect(spreekuur).toMatchObject({
      minimumAge: 16,
      areas: [expect.objectContaining({ kind: "municipality", code: "GM0344" })],
      locations: [expect.objectContaining({ name: "Buurthuis De Brug", municipalityCode: "GM0344" })],
      terms: { "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c01": ["2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d02"] },
    });
    expect(chat?.areas).toEqual([]);
    expect(chat?.terms["1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c01"]).toHaveLength(2);
  });

  it("refuses an import with one bad record and stores nothing", async () => {
    const broken = {
      ...foreignOrganization,
      services: [
        foreignOrganization.services[0],
        { ...foreignOrganization.services[1], description: undefined },
      ],
    };
    const result = await importDirectory(database.db, JSON.stringify(broken));
    expect(result).toEqual({
      ok: false,
      problems: [`services[1] (${SERVICE_2}).description: de beschrijving ontbreekt`],
    });
    const badPhone = {
      ...foreignOrganization,
      services: [{ ...foreignOrganization.services[0], phones: [{ id: "p1", number: "bel ons" }] }],
    };
    expect(await counts()).toEqual({ services: 0, organisations: 0, taxonomies: 0, terms: 0 });
    // A phone number Zicht cannot keep is left out with a note; the rest of the service is still imported.
    const read = readImportDocument(badPhone);
    expect(read.ok ? read.notes : read.problems).toContain(
      `services[0] (${foreignOrganization.services[0]?.id}).phones[0]: telefoonnummer 'bel ons' is geen Nederlands nummer; weggelaten`,
    );
  });

  it("keeps a service's terms of an imported taxonomy when an editor or a change saves it", async () => {
    const taxonomy = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c01";
    const term = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d02";
    const content: DirectoryContent = {
      taxonomies: [
        ...taxonomies,
        {
          id: taxonomy,
          name: { nl: "Thema's", en: "Thema's" },
          description: "Indeling van een ander systeem",
          terms: [{ id: term, code: "werk", name: { nl: "Werk", en: "Work" }, description: "Werk en loon" }],
        },
      ],
      namedRegions: [],
      organisations: [
        {
          id: ORG,
          name: "Stichting Hulp Dichtbij",
          description: { nl: "Hulp.", en: "Help." },
          phones: [],
          emails: [],
        },
      ],
      programs: [],
      services: [
        {
          id: SERVICE,
          organisationId: ORG,
          name: { nl: "Maatje", en: "Maatje" },
          description: { nl: "Een maatje.", en: "A buddy." },
          areas: [],
          terms: { hulpsoort: [], uitbuitingsvorm: [], doelgroep: [], toegang: [], [taxonomy]: ["werk"] },
          phones: [],
          emails: [],
          assuredDate: "2026-11-20",
        },
      ],
    };
    const saved = await saveDirectory(database.db, content, "test");
    if (!saved.ok) throw new Error(saved.problems.join("\n"));
    const termsOf = async () => (await getServices(database.db, [SERVICE]))[0]?.terms;
    expect(await termsOf()).toEqual({ [taxonomy]: [term] });

    expect(
      await changeService(database.db, SERVICE, (service) => ({ ...service, status: "inactive" }), "test"),
    ).toBe(true);
    expect(await termsOf()).toEqual({ [taxonomy]: [term] });

    const loaded = await loadService(database.db, SERVICE);
    if (!loaded) throw new Error("not loaded");
    const own = (id: string) => taxonomies.find((t) => t.id === id)!.terms[0]!.code;
    const outcome = await updateService(
      database.db,
      SERVICE,
      {
        organisationId: ORG,
        name: loaded.service.name,
        description: loaded.service.description,
        status: "active",
        maximumAgeInclusive: true,
        assuredDate: "2026-12-01",
        terms: {
          hulpsoort: [own("hulpsoort")],
          uitbuitingsvorm: [own("uitbuitingsvorm")],
          doelgroep: [own("doelgroep")],
          toegang: [own("toegang")],
        },
        areas: [],
        phones: [],
        emails: [],
      },
      { version: loaded.version, updatedBy: "test" },
    );
    expect(outcome.kind).toBe("saved");
    const after = await termsOf();
    expect(after?.[taxonomy]).toEqual([term]);
    expect(after?.hulpsoort).toEqual([`hulpsoort-${own("hulpsoort")}`]);
  });
});
