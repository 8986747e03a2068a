/**
 * Loads a generated directory (generate-directory.ts) into a migrated,
 * seeded database: multi-row inserts in one transaction, then the search
 * data through refreshServiceSearch (the function every real write path
 * calls, so it is computed exactly as in production), then ANALYZE. Shared
 * by the directory and search benchmarks.
 */
import { sql, type Kysely } from "kysely";
import type { Database } from "../app/db/database";
import { termId } from "../app/modules/directory/directory-content";
import { refreshServiceSearch } from "../app/modules/directory/directory.server";
import { areaNamer } from "../app/modules/directory/places.server";
import type { RegionData } from "../app/modules/directory/regions";
import type { GeneratedDirectory } from "./generate-directory";

type Db = Kysely<Database>;

const chunk = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );

/**
 * Inserts the generated directory with multi-row inserts, then computes the
 * search data with refreshServiceSearch, the same function every real write
 * path calls.
 */
export async function bulkLoad(db: Db, generated: GeneratedDirectory, regions: RegionData): Promise<void> {
  const areaName = areaNamer(regions);
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    for (const part of chunk(generated.organisations, 500)) {
      await trx
        .insertInto("organization")
        .values(
          part.map((organisation) => ({
            id: organisation.id,
            name: organisation.name,
            alternate_name: null,
            description: organisation.description.nl,
            description_en: organisation.description.en,
            email: null,
            website: null,
            parent_organization_id: null,
            last_modified: now,
          })),
        )
        .execute();
      const phones = part.flatMap((organisation) =>
        organisation.phones.map((phone, index) => ({
          id: `${organisation.id}-organisatie-telefoon-${index + 1}`,
          organization_id: organisation.id,
          service_id: null,
          number: phone.number,
          type: "voice",
          description: null,
          description_en: null,
          free: false,
          sort_order: index,
        })),
      );
      if (phones.length > 0) await trx.insertInto("phone").values(phones).execute();
    }
    let sortOrder = 1000;
    for (const part of chunk(generated.services, 500)) {
      const serviceRows = part.map((service) => {
        return {
          id: service.id,
          organization_id: service.organisationId,
          program_id: null,
          name: service.name.nl,
          name_en: service.name.en,
          description: service.description.nl,
          description_en: service.description.en,
          status: service.status,
          eligibility_description: null,
          eligibility_description_en: null,
          minimum_age: service.minimumAge ?? null,
          maximum_age: service.maximumAge ?? null,
          maximum_age_inclusive: service.maximumAgeInclusive,
          email: null,
          url: null,
          sort_order: sortOrder++,
          assured_date: service.assuredDate,
          last_modified: now,
        };
      });
      await trx.insertInto("service").values(serviceRows).execute();
      const areas = part.flatMap((service) =>
        service.areas.map((area, index) => ({
          id: `${service.id}-gebied-${index + 1}`,
          service_id: service.id,
          kind: area.kind,
          code: area.kind === "national" ? null : area.kind === "region" ? area.id : area.code,
          name: areaName(area),
        })),
      );
      if (areas.length > 0) await trx.insertInto("service_area").values(areas).execute();
      const attributes = part.flatMap((service) =>
        Object.entries(service.terms).flatMap(([taxonomy, codes]) =>
          codes.map((code) => ({
            id: `${service.id}-${termId(taxonomy, code)}`,
            link_id: service.id,
            taxonomy_term_id: termId(taxonomy, code),
          })),
        ),
      );
      for (const rows of chunk(attributes, 2000)) await trx.insertInto("attribute").values(rows).execute();
      const phones = part.flatMap((service) =>
        service.phones.map((phone, index) => ({
          id: `${service.id}-telefoon-${index + 1}`,
          organization_id: null,
          service_id: service.id,
          number: phone.number,
          type: "voice",
          description: null,
          description_en: null,
          free: false,
          sort_order: index,
        })),
      );
      if (phones.length > 0) await trx.insertInto("phone").values(phones).execute();
      const schedules = part.flatMap((service) =>
        service.phones.flatMap((phone, phoneIndex) =>
          (phone.schedules ?? []).map((schedule, index) => ({
            id: `${service.id}-telefoon-${phoneIndex + 1}-tijden-${index + 1}`,
            service_id: service.id,
            phone_id: `${service.id}-telefoon-${phoneIndex + 1}`,
            contact_id: null,
            byday: schedule.byday.join(","),
            opens_at: schedule.opensAt,
            closes_at: schedule.closesAt,
            valid_from: null,
            valid_to: null,
          })),
        ),
      );
      if (schedules.length > 0) await trx.insertInto("schedule").values(schedules).execute();
      const contacts = part.flatMap((service) =>
        service.emails.map((email, index) => ({
          id: `${service.id}-email-${index + 1}`,
          organization_id: null,
          service_id: service.id,
          name: null,
          title: null,
          title_en: null,
          email: email.address,
          sort_order: index,
        })),
      );
      if (contacts.length > 0) await trx.insertInto("contact").values(contacts).execute();
    }
    await refreshServiceSearch(
      trx,
      generated.services.map((service) => service.id),
    );
  });
  await sql`analyze`.execute(db);
}
