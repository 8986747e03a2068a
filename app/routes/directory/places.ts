import type { Route } from "./+types/places";
import { loadRegionData } from "../../modules/directory/places.server";
import { autocompletePlaces } from "../../modules/directory/regions";

/** GET /wegwijzer/plaatsen?q=leeu → places for the autocomplete of the place field (JSON). */
export async function loader({ request, context }: Route.LoaderArgs) {
  const query = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 100);
  const data = await loadRegionData(context.db);
  const provinceName = new Map(data.provinces.map((province) => [province.code, province.name]));
  const places = autocompletePlaces(query, data, 10).map((place) => ({
    name: place.matchedName,
    detail:
      place.kind === "municipality"
        ? `${place.name === place.matchedName ? "" : `${place.name}, `}${provinceName.get(place.provinceCode) ?? ""}`
        : "provincie",
  }));
  return Response.json({ places }, { headers: { "Cache-Control": "public, max-age=300" } });
}
