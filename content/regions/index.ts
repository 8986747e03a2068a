import type { RegionData } from "../../app/modules/directory/regions";
import { municipalities } from "./municipalities";
import { namedRegions } from "./named-regions";
import { provinces } from "./provinces";

/** Provinces, municipalities (1 January 2025) and the seed named regions, ready for the region functions. */
export const regionData: RegionData = { provinces, municipalities, regions: namedRegions };

export { municipalities, namedRegions, provinces };
