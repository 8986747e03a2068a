import type { Kysely } from "kysely";
import { organisations, services } from "../../../content/organisations";
import type { Database } from "../../db/database";
import type { Service } from "../directory/directory";
import type { FittingService, ScreeningContext } from "./advice-rules";

export type { FittingService } from "./advice-rules";

/**
 * The one place where screening asks the Wegwijzer which services fit a
 * situation. For now it reads the static directory content
 * (content/organisations.ts); it will search the directory tables instead
 * once those exist, with the same signature. Service ids are the references.
 *
 * A service fits when:
 * - age: unknown, or within the service's minimum and maximum age;
 * - gender: unknown, or the service is not only for another gender
 *   ("x" fits services that are open to everyone or to both girls and boys);
 * - area: national, not tied to a place in our source, or the municipality
 *   matches one of its places or named regions. Place-bound services only
 *   show when a municipality is given.
 * Acute help (112, Centrum Seksueel Geweld) is left out: the advice names it
 * itself when the situation asks for it.
 */
export async function findFittingServices(
  context: Pick<ScreeningContext, "age" | "gender" | "municipality">,
  _db?: Kysely<Database>,
): Promise<FittingService[]> {
  const organisationById = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  return services
    .filter((service) => service.group !== "acute")
    .filter((service) => fitsAge(service, context.age))
    .filter((service) => fitsGender(service, context.gender))
    .filter((service) => fitsArea(service, context.municipality))
    .map((service) => {
      const organisation = organisationById.get(service.organisationId);
      const phone = service.phones[0]?.number ?? organisation?.phones[0]?.number;
      const email = service.emails[0]?.address ?? organisation?.emails[0]?.address;
      return {
        id: service.id,
        name: service.name.nl,
        organisation: organisation?.name ?? service.organisationId,
        ...(phone ? { phone } : {}),
        ...(email ? { email } : {}),
        url: `/wegwijzer/diensten/${service.id}`,
      };
    });
}

function fitsAge(service: Service, age: number | undefined): boolean {
  if (age === undefined) return true;
  const { minimumAge, maximumAge, maximumAgeInclusive } = service.eligibility ?? {};
  if (minimumAge !== undefined && age < minimumAge) return false;
  if (maximumAge !== undefined && (maximumAgeInclusive ? age > maximumAge : age >= maximumAge)) return false;
  return true;
}

function fitsGender(service: Service, gender: ScreeningContext["gender"]): boolean {
  const genders = service.eligibility?.genders;
  if (!genders || gender === undefined) return true;
  if (gender === "x") return genders.includes("female") && genders.includes("male");
  return genders.includes(gender);
}

const normalise = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();

function fitsArea(service: Service, municipality: string | undefined): boolean {
  const area = service.area;
  if (!area || area.kind === "national") return true;
  if (!municipality) return false;
  const place = normalise(municipality);
  const names = area.kind === "places" ? area.places : area.regions.map((region) => region.nl);
  return names.some((name) =>
    new RegExp(`\\b${place.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(normalise(name)),
  );
}
