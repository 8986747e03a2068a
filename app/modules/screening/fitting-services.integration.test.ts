import { beforeAll, describe, expect, it } from "vitest";
import { services } from "../../../content/organisations";
import { runSeeds } from "../../db/seed/index.server";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { findFittingServices } from "./fitting-services.server";

describe(`findFittingServices (the Wegwijzer's search) on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  beforeAll(async () => {
    await runSeeds(database.db);
  });
  const find = (context: Parameters<typeof findFittingServices>[0]) =>
    findFittingServices(context, database.db);
  const ids = async (context: Parameters<typeof findFittingServices>[0]) =>
    (await find(context)).map((service) => service.id);

  it("without a place: national services and services not tied to a place; never acute lines", async () => {
    const found = await ids({});
    expect(found).toContain("veilig-thuis");
    expect(found).toContain("politie-avim");
    expect(found).not.toContain("fier-asja");
    expect(found).not.toContain("alarmnummer-112");
  });

  it("a girl of 16 in Rotterdam gets Asja, not Ravi (boys)", async () => {
    const found = await ids({ age: 16, gender: "female", municipality: "Rotterdam" });
    expect(found).toContain("fier-asja");
    expect(found).toContain("fier-behandelcentrum");
    expect(found).not.toContain("fier-ravi");
    expect(found).not.toContain("pluryn-safe-and-sound");
  });

  it("respects 'tot' and 'tot en met' in age limits", async () => {
    expect(await ids({ age: 23, gender: "female", municipality: "Leeuwarden" })).toContain("fier-asja");
    expect(await ids({ age: 23, gender: "male", municipality: "Leeuwarden" })).not.toContain("fier-ravi");
    expect(await ids({ age: 22, gender: "male", municipality: "Leeuwarden" })).toContain("fier-ravi");
    expect(await ids({ age: 11, gender: "male", municipality: "Leeuwarden" })).not.toContain("fier-ravi");
  });

  it("matches a municipality inside a named region, ignoring case and accents", async () => {
    expect(await ids({ gender: "female", municipality: "utrecht" })).toContain("pluryn-safe-and-sound");
    expect((await ids({ municipality: "Almere" }))[0]).toBe("hvo-querido-opvangplekken");
    expect(await ids({ municipality: "Almelo" })).not.toContain("hvo-querido-opvangplekken");
  });

  it("gender x gets services open to everyone, not single-gender programmes", async () => {
    const found = await ids({ gender: "x", municipality: "Leeuwarden" });
    expect(found).toContain("fier-behandelcentrum");
    expect(found).not.toContain("fier-asja");
    expect(found).not.toContain("fier-ravi");
  });

  it("links every service to its Wegwijzer page by its content id, with a phone where known", async () => {
    const found = await find({ municipality: "Rotterdam" });
    const known = new Set(services.map((service) => service.id));
    for (const service of found) {
      expect(known.has(service.id)).toBe(true);
      expect(service.url).toBe(`/wegwijzer/diensten/${service.id}`);
    }
    expect(found.find((service) => service.id === "veilig-thuis")).toMatchObject({
      name: "Veilig Thuis",
      organisation: "Veilig Thuis",
      phone: "0800-2000",
    });
  });
});
