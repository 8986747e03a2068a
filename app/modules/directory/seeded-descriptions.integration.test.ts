import { beforeAll, describe, expect, it } from "vitest";
import { organisations, services } from "../../../content/organisations";
import { runSeeds } from "../../db/seed/index.server";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { updateSeededDescriptions } from "./directory.server";

/**
 * An existing database gets corrected descriptions from content/ without
 * losing an editor's work: only records the seed alone has written change.
 */
describe(`updateSeededDescriptions on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  const mee = services.find((service) => service.id === "mee-verdiepingstraining")!;
  const koraal = organisations.find((organisation) => organisation.id === "koraal")!;
  const edited = services.find((service) => service.id !== mee.id)!;

  beforeAll(async () => {
    await runSeeds(database.db, { includeDemo: false });
  }, 60_000);

  const serviceRow = (id: string) =>
    database.db
      .selectFrom("service")
      .select(["description", "description_en", "search_text"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
  const update = () =>
    database.db
      .transaction()
      .execute((trx) => updateSeededDescriptions(trx, { organisations, services }, "seed"));

  it("writes the content's descriptions where only the seed wrote, and keeps an editor's", async () => {
    const db = database.db;
    // As an older seed left them: a service and an organisation with an earlier text.
    await db
      .updateTable("service")
      .set({ description: "Een oude tekst over een training.", description_en: "An old text." })
      .where("id", "=", mee.id)
      .execute();
    await db
      .updateTable("organization")
      .set({ description: "Een oude tekst over Koraal." })
      .where("id", "=", koraal.id)
      .execute();
    // An editor's own description of another service.
    await db
      .updateTable("service")
      .set({ description: "Tekst van de redactie." })
      .where("id", "=", edited.id)
      .execute();
    await db
      .insertInto("metadata")
      .values({
        resource_id: edited.id,
        resource_type: "service",
        last_action_type: "update",
        field_name: "description",
        previous_value: "",
        replacement_value: "Tekst van de redactie.",
        updated_by: "user:redacteur",
      })
      .execute();

    expect(await update()).toBe(2);

    const after = await serviceRow(mee.id);
    expect(after.description).toBe(mee.description.nl);
    expect(after.description_en).toBe(mee.description.en);
    expect(after.search_text).not.toContain("oude");
    expect(after.search_text).toContain("herken");
    const organisation = await db
      .selectFrom("organization")
      .select("description")
      .where("id", "=", koraal.id)
      .executeTakeFirstOrThrow();
    expect(organisation.description).toBe(koraal.description.nl);
    expect((await serviceRow(edited.id)).description).toBe("Tekst van de redactie.");

    const logged = await db
      .selectFrom("metadata")
      .select(["field_name", "previous_value", "updated_by"])
      .where("resource_id", "=", mee.id)
      .where("last_action_type", "=", "update")
      .orderBy("id")
      .execute();
    expect(logged).toEqual([
      { field_name: "description", previous_value: "Een oude tekst over een training.", updated_by: "seed" },
      { field_name: "description_en", previous_value: "An old text.", updated_by: "seed" },
    ]);
  });

  it("changes nothing the second time", async () => {
    expect(await update()).toBe(0);
  });
});
