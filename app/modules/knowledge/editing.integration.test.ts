import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../config.server";
import { runSeeds } from "../../db/seed/index.server";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import * as historyRoute from "../../routes/admin/content-history";
import * as pageRoute from "../../routes/admin/content-page";
import * as libraryItemRoute from "../../routes/admin/library-item";
import { createTenant, createUser } from "../accounts/accounts.server";
import { createSession, sessionCookieName } from "../accounts/sessions.server";
import { readContent, writeContent } from "./content-files.server";
import { pageFormDefaults } from "./editing";
import {
  editPage,
  getLibraryItem,
  getPage,
  getPageForEditing,
  listRevisions,
  readStoredContent,
} from "./knowledge.server";
import { searchEverything } from "./search.server";

/**
 * Editing content in /beheer through the route actions, on both engines:
 * preview stores nothing, bad input gives 422 and stores nothing, a save
 * makes a revision that the public page, search and export show, a stale
 * form gives 409, restore adds a revision, and only editors get in.
 */
type Handler = (args: unknown) => Promise<unknown>;
interface Outcome {
  status: number;
  location: string | null;
  data: unknown;
}

function outcomeOf(value: unknown): Outcome {
  if (value instanceof Response)
    return { status: value.status, location: value.headers.get("Location"), data: undefined };
  if (value && typeof value === "object" && "init" in value && "data" in value) {
    const wrapped = value as { init: ResponseInit | null; data: unknown };
    return { status: wrapped.init?.status ?? 200, location: null, data: wrapped.data };
  }
  return { status: 200, location: null, data: value };
}

async function run(handler: Handler, args: unknown): Promise<Outcome> {
  try {
    return outcomeOf(await handler(args));
  } catch (error) {
    const outcome = outcomeOf(error);
    if (outcome.status === 200) throw error;
    return outcome;
  }
}

describe(`content editing in /beheer on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  const config = parseConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    ZICHT_SECRET_KEY: "editing-test-key-editing-test-key-editing",
    ZICHT_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "zicht-editing-")),
  });
  const people: Record<"editor" | "professional", { cookie: string; csrf: string; id: string }> = {
    editor: { cookie: "", csrf: "", id: "" },
    professional: { cookie: "", csrf: "", id: "" },
  };
  const where = { section: "kennisbank", id: "daders", locale: "nl" };
  const pagePath = "/beheer/kennisbank/kennisbank/daders/nl";

  beforeAll(async () => {
    const db = database.db;
    await runSeeds(db, { includeDemo: false });
    await createTenant(db, { id: "redactie", name: "Redactie" });
    for (const role of ["editor", "professional"] as const) {
      const id = await createUser(db, {
        tenantId: "redactie",
        email: `${role}@redactie.nl`,
        name: role === "editor" ? "Eva Editor" : "",
        role,
      });
      const { token } = await createSession(db, id, {
        secondFactorDone: true,
        userAgent: "test",
        now: new Date(),
      });
      const session = await db
        .selectFrom("user_session")
        .select("csrf_token")
        .where("user_id", "=", id)
        .executeTakeFirstOrThrow();
      people[role] = { cookie: `${sessionCookieName}=${token}`, csrf: session.csrf_token, id };
    }
  }, 60_000);

  const context = () => ({
    db: database.db,
    config,
    logger: pino({ level: "silent" }),
    cspNonce: "test",
    clientAddress: "192.0.2.20",
  });

  const post = (
    handler: Handler,
    url: string,
    params: Record<string, string>,
    fields: Record<string, string | string[]>,
    who: "editor" | "professional" = "editor",
  ) => {
    const body = new URLSearchParams();
    body.set("csrf", people[who].csrf);
    for (const [name, value] of Object.entries(fields))
      for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
    const request = new Request(`http://localhost${url}`, {
      method: "POST",
      headers: { Cookie: people[who].cookie, "Content-Type": "application/x-www-form-urlencoded" },
      body,
    });
    return run(handler, { request, params, context: context() });
  };

  const get = (handler: Handler, url: string, params: Record<string, string>) =>
    run(handler, {
      request: new Request(`http://localhost${url}`, { headers: { Cookie: people.editor.cookie } }),
      params,
      context: context(),
    });

  const formOf = async () => {
    const page = await getPageForEditing(database.db, "kennisbank", "daders", "nl");
    if (!page) throw new Error("pagina daders ontbreekt");
    return { fields: { ...pageFormDefaults(page), basedOn: String(page.revision) }, revision: page.revision };
  };

  const revisionCount = async () =>
    (await listRevisions(database.db, "knowledge_page", "kennisbank/daders", "nl")).length;

  it("shows a preview with the readability check and stores nothing", async () => {
    const { fields } = await formOf();
    const before = await revisionCount();
    const outcome = await post(pageRoute.action as Handler, pagePath, where, {
      ...fields,
      title: "Daders in beeld",
      body: `${String(fields.body)}\n\n## Nieuw stuk\n\nEen extra alinea voor het voorbeeld.`,
      intent: "preview",
    });
    expect(outcome.status).toBe(200);
    const preview = (outcome.data as { preview: { title: string; body: string; readability: unknown } })
      .preview;
    expect(preview.title).toBe("Daders in beeld");
    expect(preview.body).toContain('<h2 id="voorbeeld-nieuw-stuk" class="utrecht-heading-2">Nieuw stuk</h2>');
    expect(preview.readability).toMatchObject({ level: "b1", limits: { maxAverageSentenceLength: 14 } });
    expect(await revisionCount()).toBe(before);
    expect((await getPage(database.db, "kennisbank", "daders", "nl"))?.title).toBe("Daders");
  });

  it("refuses bad input with 422 and field errors, and stores nothing", async () => {
    const { fields } = await formOf();
    const before = await revisionCount();
    for (const intent of ["preview", "save"]) {
      const outcome = await post(pageRoute.action as Handler, pagePath, where, {
        ...fields,
        title: "",
        reviewed: "31-12-2026",
        library: "bestaat-niet",
        intent,
      });
      expect(outcome.status).toBe(422);
      expect(Object.keys((outcome.data as { errors: object }).errors).sort()).toEqual([
        "library",
        "reviewed",
        "title",
      ]);
    }
    expect(await revisionCount()).toBe(before);
  });

  it("answers 400 for a form without the revision it was based on, and 404 for a page that does not exist", async () => {
    const { fields } = await formOf();
    const { basedOn: _basedOn, ...withoutRevision } = fields;
    expect(
      (await post(pageRoute.action as Handler, pagePath, where, { ...withoutRevision, intent: "save" }))
        .status,
    ).toBe(400);
    const missing = { ...where, id: "bestaat-niet" };
    expect(
      (await post(pageRoute.action as Handler, pagePath, missing, { ...fields, intent: "save" })).status,
    ).toBe(404);
    expect((await get(pageRoute.loader as Handler, pagePath, { ...where, section: "elders" })).status).toBe(
      404,
    );
  });

  it("saves a new revision with author and note; the public page, search and export show it; the save is audited", async () => {
    const { fields, revision } = await formOf();
    const outcome = await post(pageRoute.action as Handler, pagePath, where, {
      ...fields,
      title: "Daders en ronselaars",
      summary:
        "Wie zijn de daders, en hoe werken de ronselaars? Een overzicht met het woord zeldzaamwoordje.",
      note: "Titel verduidelijkt",
      intent: "save",
    });
    expect(outcome).toMatchObject({ status: 302, location: `${pagePath}?opgeslagen=${revision + 1}` });

    const page = await getPage(database.db, "kennisbank", "daders", "nl");
    expect(page?.title).toBe("Daders en ronselaars");
    expect(page?.revision).toBe(revision + 1);
    const history = await listRevisions(database.db, "knowledge_page", "kennisbank/daders", "nl");
    expect(history.at(-1)).toMatchObject({
      revision: revision + 1,
      origin: "editor",
      authorId: people.editor.id,
      author: "Eva Editor",
      note: "Titel verduidelijkt",
    });

    const found = await searchEverything(database.db, "zeldzaamwoordje", "nl");
    expect(found.groups.flatMap((group) => group.hits.map((hit) => `${hit.type}:${hit.id}`))).toContain(
      "kennisbank:daders",
    );

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zicht-export-editing-"));
    try {
      writeContent(await readStoredContent(database.db), dir);
      const file = fs.readFileSync(path.join(dir, "kennisbank", "daders.nl.md"), "utf8");
      expect(file).toContain("title: Daders en ronselaars");
      expect(readContent(dir).pages.find((candidate) => candidate.id === "daders")?.title).toBe(
        "Daders en ronselaars",
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }

    const audit = await database.db
      .selectFrom("audit_log")
      .select(["action", "actor_user_id", "target_type", "target_id"])
      .where("action", "=", "content.page_saved")
      .execute();
    expect(audit).toEqual([
      {
        action: "content.page_saved",
        actor_user_id: people.editor.id,
        target_type: "knowledge_page",
        target_id: "kennisbank/daders/nl",
      },
    ]);
  });

  it("saving the same content again makes no revision", async () => {
    const { fields, revision } = await formOf();
    const outcome = await post(pageRoute.action as Handler, pagePath, where, { ...fields, intent: "save" });
    expect(outcome).toMatchObject({ status: 302, location: `${pagePath}?ongewijzigd=1` });
    expect((await getPage(database.db, "kennisbank", "daders", "nl"))?.revision).toBe(revision);
  });

  it("gives 409 when someone saved after the form was opened, with who and when, and overwrites nothing", async () => {
    const { fields, revision } = await formOf();
    const before = await revisionCount();
    const outcome = await post(pageRoute.action as Handler, pagePath, where, {
      ...fields,
      basedOn: String(revision - 1),
      title: "Een oude stand",
      intent: "save",
    });
    expect(outcome.status).toBe(409);
    expect((outcome.data as { conflict: unknown }).conflict).toMatchObject({
      revision,
      author: "Eva Editor",
    });
    expect(await revisionCount()).toBe(before);
    expect((await getPage(database.db, "kennisbank", "daders", "nl"))?.title).toBe("Daders en ronselaars");
  });

  it("shows the history with a diff, and restores an old revision as a new one (history is kept)", async () => {
    const { revision } = await formOf();
    const historyPath = `${pagePath}/geschiedenis`;
    const view = await get(historyRoute.loader as Handler, `${historyPath}?revisie=1`, where);
    expect(view.status).toBe(200);
    const data = view.data as {
      revisions: Array<{ revision: number }>;
      selected: { diff: Array<{ kind: string; text: string }> };
    };
    expect(data.revisions.map((entry) => entry.revision)).toEqual([revision, revision - 1]);
    expect(data.selected.diff).toContainEqual({ kind: "removed", text: "title: Daders" });
    expect(data.selected.diff).toContainEqual({ kind: "added", text: "title: Daders en ronselaars" });
    expect((await get(historyRoute.loader as Handler, `${historyPath}?revisie=99`, where)).status).toBe(404);

    const stale = await post(historyRoute.action as Handler, historyPath, where, {
      intent: "restore",
      revision: "1",
      basedOn: String(revision - 1),
    });
    expect(stale.status).toBe(409);

    const restored = await post(historyRoute.action as Handler, historyPath, where, {
      intent: "restore",
      revision: "1",
      basedOn: String(revision),
    });
    expect(restored).toMatchObject({ status: 302, location: `${historyPath}?teruggezet=1` });
    expect((await getPage(database.db, "kennisbank", "daders", "nl"))?.title).toBe("Daders");
    const history = await listRevisions(database.db, "knowledge_page", "kennisbank/daders", "nl");
    expect(history.map((entry) => entry.revision)).toEqual([1, 2, 3]);
    expect(history[2]).toMatchObject({ note: "Versie 1 teruggezet", author: "Eva Editor" });
    expect(history[1]?.data).toMatchObject({ title: "Daders en ronselaars" });
  });

  it("lets only editors in: a professional gets 403 and changes nothing", async () => {
    const { fields } = await formOf();
    const before = await revisionCount();
    const outcome = await post(
      pageRoute.action as Handler,
      pagePath,
      where,
      { ...fields, title: "Gekaapt", intent: "save" },
      "professional",
    );
    expect(outcome.status).toBe(403);
    expect(await revisionCount()).toBe(before);
  });

  it("serialises two saves on the same revision: one wins, the other gets a conflict", async () => {
    const page = await getPageForEditing(database.db, "kennisbank", "daders", "nl");
    if (!page) throw new Error("pagina ontbreekt");
    const { revision: based, ...content } = page;
    const meta = { basedOn: based, authorId: people.editor.id, note: null };
    const outcomes = await Promise.all([
      editPage(database.db, { ...content, title: "Versie A" }, meta),
      editPage(database.db, { ...content, title: "Versie B" }, meta),
    ]);
    expect(outcomes.map((outcome) => outcome.outcome).sort()).toEqual(["conflict", "saved"]);
  });

  describe("library items", () => {
    const newPath = "/beheer/bibliotheek/nieuw";
    const fresh = {
      id: "handreiking-test-redactie",
      type: "guide",
      title: "Handreiking van de redactie",
      maker: "Redactie Zicht",
      year: "2026",
      audience: ["care", "parents"],
      forms: ["sexual"],
      summaryNl: "Een korte handreiking.",
      summaryEn: "A short guide.",
      intent: "save",
    };

    it("creates a new item with the library.yaml validator; bad input gives 422 and stores nothing", async () => {
      const bad = await post(
        libraryItemRoute.action as Handler,
        newPath,
        {},
        {
          ...fresh,
          url: "http://onzeker.example",
          year: "20266",
        },
      );
      expect(bad.status).toBe(422);
      expect(Object.keys((bad.data as { errors: object }).errors).sort()).toEqual(["url", "year"]);
      expect(await getLibraryItem(database.db, fresh.id)).toBeUndefined();

      const created = await post(libraryItemRoute.action as Handler, newPath, {}, fresh);
      expect(created).toMatchObject({
        status: 302,
        location: `/beheer/bibliotheek/${fresh.id}?opgeslagen=1`,
      });
      expect(await getLibraryItem(database.db, fresh.id)).toEqual({
        id: fresh.id,
        type: "guide",
        title: "Handreiking van de redactie",
        maker: "Redactie Zicht",
        year: 2026,
        audience: ["care", "parents"],
        forms: ["sexual"],
        summary: { nl: "Een korte handreiking.", en: "A short guide." },
      });

      const again = await post(libraryItemRoute.action as Handler, newPath, {}, fresh);
      expect(again.status).toBe(422);
      expect((again.data as { errors: Record<string, { message: string }> }).errors.id?.message).toBe(
        "admin.library.error.idTaken",
      );
    });

    it("edits an item (409 on a stale form), and the public library and export show it", async () => {
      const itemPath = `/beheer/bibliotheek/${fresh.id}`;
      const params = { id: fresh.id };
      const saved = await post(libraryItemRoute.action as Handler, itemPath, params, {
        ...fresh,
        title: "Handreiking van de redactie (tweede druk)",
        basedOn: "1",
        note: "Tweede druk",
      });
      expect(saved).toMatchObject({ status: 302, location: `${itemPath}?opgeslagen=2` });
      expect((await getLibraryItem(database.db, fresh.id))?.title).toBe(
        "Handreiking van de redactie (tweede druk)",
      );
      const stale = await post(libraryItemRoute.action as Handler, itemPath, params, {
        ...fresh,
        basedOn: "1",
      });
      expect(stale.status).toBe(409);
      expect((await readStoredContent(database.db)).library.at(-1)?.title).toBe(
        "Handreiking van de redactie (tweede druk)",
      );

      const history = await get(historyRoute.loader as Handler, `${itemPath}/geschiedenis?revisie=1`, params);
      expect(
        (history.data as { selected: { diff: Array<{ kind: string; text: string }> } }).selected.diff,
      ).toContainEqual({ kind: "added", text: "title: Handreiking van de redactie (tweede druk)" });
      const audit = await database.db
        .selectFrom("audit_log")
        .select(["action", "target_id"])
        .where("target_type", "=", "library_item")
        .orderBy("id")
        .execute();
      expect(audit).toEqual([
        { action: "content.library_item_created", target_id: fresh.id },
        { action: "content.library_item_saved", target_id: fresh.id },
      ]);
    });
  });
});
