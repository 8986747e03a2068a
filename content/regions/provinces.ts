import type { Province } from "../../app/modules/directory/regions";

/**
 * The 12 provinces of the Netherlands with their CBS codes (PV20–PV31, as in
 * CBS "Gebieden in Nederland" and the municipality list beside this file).
 * Names are the official ones: the province of Friesland is officially
 * "Fryslân". Alternative names are what people type: the Dutch colloquial
 * names and the English names used on the English pages.
 */
export const provinces: Province[] = [
  { code: "PV20", name: "Groningen", alternativeNames: [] },
  { code: "PV21", name: "Fryslân", alternativeNames: ["Friesland"] },
  { code: "PV22", name: "Drenthe", alternativeNames: [] },
  { code: "PV23", name: "Overijssel", alternativeNames: [] },
  { code: "PV24", name: "Flevoland", alternativeNames: [] },
  { code: "PV25", name: "Gelderland", alternativeNames: [] },
  { code: "PV26", name: "Utrecht", alternativeNames: [] },
  { code: "PV27", name: "Noord-Holland", alternativeNames: ["North Holland"] },
  { code: "PV28", name: "Zuid-Holland", alternativeNames: ["South Holland"] },
  { code: "PV29", name: "Zeeland", alternativeNames: ["Zealand"] },
  { code: "PV30", name: "Noord-Brabant", alternativeNames: ["Brabant", "North Brabant"] },
  { code: "PV31", name: "Limburg", alternativeNames: [] },
];
