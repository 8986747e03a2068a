import type { Kysely } from "kysely";
import type { Database } from "../../db/database";
import { termId } from "../directory/directory-content";
import { areaCodesFor, loadRegionData, resolvePlace } from "../directory/places.server";
import { getServices } from "../directory/read.server";
import { findServices } from "../directory/search.server";
import type { FittingService, ScreeningContext } from "./advice-rules";

export type { FittingService } from "./advice-rules";

/** How many services an advice lists at most (the Wegwijzer link shows the rest). */
export const maxFittingServices = 8;

const acuteHelp = termId("hulpsoort", "acute-hulp");

/**
 * The one place where screening asks the Wegwijzer which services fit a
 * situation: the directory's own search (the same filters and ranking as
 * /wegwijzer), so what an advice lists is what the Wegwijzer shows.
 *
 * - age and gender: the service's age range and target group must fit;
 * - municipality: services for that municipality or a region containing it
 *   first, then its province, then national ones; without a (known)
 *   municipality only services that are not tied to a place;
 * - acute help (112, Centrum Seksueel Geweld) is left out: the advice names
 *   it itself when the situation asks for it.
 */
export async function findFittingServices(
  context: Pick<ScreeningContext, "age" | "gender" | "municipality">,
  db: Kysely<Database>,
): Promise<FittingService[]> {
  const regions = await loadRegionData(db);
  const place = context.municipality ? resolvePlace(context.municipality, regions) : undefined;
  const area = (place && areaCodesFor(place, regions)) ?? { local: [], regional: [] };
  const found = await findServices(
    db,
    { tsQuery: "", text: "", area, age: context.age, gender: context.gender },
    { offset: 0, limit: maxFittingServices + 5 },
  );
  const records = await getServices(
    db,
    found.services.map((service) => service.id),
  );
  return records
    .filter((service) => !(service.terms.hulpsoort ?? []).includes(acuteHelp))
    .slice(0, maxFittingServices)
    .map((service) => {
      const phone = service.phones[0]?.number;
      const email = service.emails[0]?.address;
      return {
        id: service.id,
        name: service.name.nl,
        organisation: service.organisation.name,
        ...(phone ? { phone } : {}),
        ...(email ? { email } : {}),
        url: `/wegwijzer/diensten/${service.id}`,
      };
    });
}
