import type { NamedRegion } from "../../app/modules/directory/regions";

/**
 * Seed list of named regions: the regions the source page uses for service
 * areas, plus a few that professionals commonly name. Editors will define
 * more in the database; these are the starting set. A region lists whole
 * provinces and/or single municipalities (CBS codes as in municipalities.ts).
 */
export const namedRegions: NamedRegion[] = [
  {
    id: "amsterdam-alkmaar-almere",
    name: "regio Amsterdam, Alkmaar en Almere",
    alternativeNames: ["Amsterdam, Alkmaar en Almere", "regio Amsterdam Alkmaar Almere"],
    // The source page names three places and no boundaries. We read it
    // strictly: the three municipalities. A wider reading (the whole of
    // Amsterdam-Amstelland, the Alkmaar region, Flevoland) would show the
    // service to people it may not serve; widen it only when the organisation
    // confirms its area.
    description:
      "De gemeenten Amsterdam, Alkmaar en Almere, zoals de bron ze noemt. Ruimer maken als de organisatie haar werkgebied bevestigt.",
    provinceCodes: [],
    municipalityCodes: ["GM0363", "GM0361", "GM0034"],
  },
  {
    id: "oost-gelderland",
    name: "Oost-Gelderland",
    alternativeNames: ["Achterhoek", "oost Gelderland"],
    // "Oost-Gelderland" has no official boundary. The Achterhoek cooperation
    // (8RHK) has eight municipalities: Aalten, Berkelland, Bronckhorst,
    // Doetinchem, Montferland, Oost Gelre, Oude IJsselstreek and Winterswijk.
    // Lochem and Zutphen are usually counted as Achterhoek too (geography,
    // tourism), so they are in; Doesburg and the rest of the Liemers are not.
    description:
      "De Achterhoek in ruime zin: de acht gemeenten van de Achterhoekse samenwerking plus Lochem en Zutphen.",
    provinceCodes: [],
    municipalityCodes: [
      "GM0197", // Aalten
      "GM1859", // Berkelland
      "GM1876", // Bronckhorst
      "GM0222", // Doetinchem
      "GM0262", // Lochem
      "GM1955", // Montferland
      "GM1586", // Oost Gelre
      "GM1509", // Oude IJsselstreek
      "GM0294", // Winterswijk
      "GM0301", // Zutphen
    ],
  },
  {
    id: "regio-utrecht",
    name: "regio Utrecht",
    alternativeNames: [],
    description: "De hele provincie Utrecht.",
    provinceCodes: ["PV26"],
    municipalityCodes: [],
  },
  {
    id: "rotterdam-rijnmond",
    name: "Rotterdam-Rijnmond",
    alternativeNames: ["Rijnmond", "regio Rotterdam"],
    // The area of Veiligheidsregio and GGD Rotterdam-Rijnmond (13
    // municipalities since Voorne aan Zee was formed in 2023).
    description: "Het gebied van Veiligheidsregio en GGD Rotterdam-Rijnmond.",
    provinceCodes: [],
    municipalityCodes: [
      "GM0613", // Albrandswaard
      "GM0489", // Barendrecht
      "GM0502", // Capelle aan den IJssel
      "GM1924", // Goeree-Overflakkee
      "GM0542", // Krimpen aan den IJssel
      "GM1621", // Lansingerland
      "GM0556", // Maassluis
      "GM1930", // Nissewaard
      "GM0597", // Ridderkerk
      "GM0599", // Rotterdam
      "GM0606", // Schiedam
      "GM0622", // Vlaardingen
      "GM1992", // Voorne aan Zee
    ],
  },
  {
    id: "haaglanden",
    name: "Haaglanden",
    alternativeNames: ["regio Den Haag", "regio Haaglanden"],
    // The area of Veiligheidsregio Haaglanden and GGD Haaglanden (9 municipalities).
    description: "Het gebied van Veiligheidsregio Haaglanden: Den Haag en de acht gemeenten eromheen.",
    provinceCodes: [],
    municipalityCodes: [
      "GM0503", // Delft
      "GM0518", // 's-Gravenhage
      "GM1916", // Leidschendam-Voorburg
      "GM1842", // Midden-Delfland
      "GM1926", // Pijnacker-Nootdorp
      "GM0603", // Rijswijk
      "GM0629", // Wassenaar
      "GM1783", // Westland
      "GM0637", // Zoetermeer
    ],
  },
  {
    id: "zuiden-van-nederland",
    name: "zuiden van Nederland",
    alternativeNames: ["Zuid-Nederland", "het zuiden"],
    description: "De provincies Zeeland, Noord-Brabant en Limburg.",
    provinceCodes: ["PV29", "PV30", "PV31"],
    municipalityCodes: [],
  },
];
