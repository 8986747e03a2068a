/**
 * A synthetic Wegwijzer for the directory benchmark, generated at run time
 * (never committed): services spread over every municipality, with areas of
 * every kind (municipality, province, named region, national), age ranges,
 * target groups, taxonomy terms, opening hours and Dutch-ish names and
 * descriptions. Deterministic for a given seed, so runs are comparable.
 *
 * Two vocabularies: `small` (the 74 domain words below, drawn uniformly: every
 * word is in about a quarter of all descriptions, so every text search
 * matches thousands of services) and `rich` (the default: those words plus
 * about 900 Dutch compounds and other words, drawn with a Zipf-like
 * distribution as in real text: a few words in most descriptions, most
 * words in few).
 */
import type { Area, Organisation, Schedule, Service } from "../app/modules/directory/directory-content";
import type { RegionData } from "../app/modules/directory/regions";

/** mulberry32: a small, fast, seedable pseudo-random generator. */
export function randomGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const words = [
  "hulp",
  "uitbuiting",
  "jongeren",
  "meisjes",
  "jongens",
  "ouders",
  "begeleiding",
  "opvang",
  "behandeling",
  "training",
  "preventie",
  "school",
  "loverboys",
  "criminele",
  "seksuele",
  "arbeid",
  "advies",
  "melden",
  "zorg",
  "wonen",
  "veilig",
  "thuis",
  "straat",
  "geld",
  "schulden",
  "drugs",
  "vrienden",
  "online",
  "sociale",
  "media",
  "weerbaarheid",
  "grenzen",
  "relaties",
  "vertrouwen",
  "gesprek",
  "coach",
  "ambulante",
  "intensieve",
  "groep",
  "individuele",
  "nazorg",
  "signalen",
  "herkennen",
  "professionals",
  "netwerk",
  "wijkteam",
  "gemeente",
  "regio",
  "landelijk",
  "spreekuur",
  "chat",
  "telefoon",
  "crisis",
  "acute",
  "beschermd",
  "trauma",
  "therapie",
  "lvb",
  "licht",
  "verstandelijke",
  "beperking",
  "zwakbegaafd",
  "minderjarigen",
  "jongvolwassenen",
  "mensenhandel",
  "slachtoffers",
  "aangifte",
  "politie",
  "jeugdzorg",
  "pleegzorg",
  "dagbesteding",
  "werk",
  "stage",
  "sport",
] as const;

/** Parts of Dutch compounds ("jeugdcoach", "buurtspreekuur") for the rich vocabulary. */
const compoundStarts = [
  "jeugd",
  "gezins",
  "school",
  "wijk",
  "buurt",
  "straat",
  "werk",
  "woon",
  "geld",
  "sport",
  "vrienden",
  "ouder",
  "leer",
  "taal",
  "hulp",
  "meld",
  "crisis",
  "trauma",
  "veiligheids",
  "kinder",
  "jongeren",
  "netwerk",
  "dag",
  "nacht",
  "weekend",
  "zorg",
  "inloop",
  "stage",
  "schuld",
  "relatie",
  "seksualiteits",
  "weerbaarheids",
  "toekomst",
  "vrijetijds",
  "opvoed",
  "groeps",
];
const compoundEnds = [
  "coach",
  "team",
  "traject",
  "plan",
  "gesprek",
  "groep",
  "punt",
  "huis",
  "centrum",
  "project",
  "training",
  "begeleiding",
  "werker",
  "programma",
  "cursus",
  "spreekuur",
  "lijn",
  "aanpak",
  "kaart",
  "consult",
  "middag",
  "avond",
  "maatje",
  "bus",
];
const otherWords = [
  "samen",
  "stap",
  "eigen",
  "tempo",
  "luisteren",
  "praten",
  "anoniem",
  "gratis",
  "vertrouwelijk",
  "snel",
  "dichtbij",
  "thuisbezoek",
  "afspraak",
  "wachtlijst",
  "aanmelden",
  "verwijzing",
  "huisarts",
  "wijkagent",
  "leerplicht",
  "mentor",
  "docent",
  "zus",
  "broer",
  "familie",
  "pleeggezin",
  "instelling",
  "woongroep",
  "kamertraining",
  "zelfstandig",
  "uitkering",
  "budget",
  "administratie",
  "identiteit",
  "telefoonverslaving",
  "gamen",
  "chantage",
  "sexting",
  "foto",
  "filmpjes",
  "dreiging",
  "geweld",
  "schaamte",
  "angst",
  "slapen",
  "eten",
  "gezondheid",
  "soa",
  "zwangerschap",
  "anticonceptie",
  "verslaving",
  "alcohol",
  "blowen",
  "wapens",
  "bende",
  "rekrutering",
  "pakketjes",
  "bezorgen",
  "bankpas",
  "oplichting",
  "fraude",
  "diploma",
  "examen",
  "bijbaan",
  "ondernemen",
  "muziek",
  "dans",
  "theater",
  "kunst",
  "natuur",
  "dieren",
  "moestuin",
  "koken",
  "fietsen",
  "zwemmen",
  "voetbal",
  "boksen",
  "judo",
  "fitness",
  "meditatie",
  "yoga",
  "ontspanning",
  "herstel",
  "rouw",
  "verlies",
  "hechting",
  "emoties",
  "boosheid",
  "agressie",
  "impulsen",
  "keuzes",
  "grenzenwerk",
  "zelfbeeld",
  "zelfvertrouwen",
  "lichaam",
  "privacy",
  "toestemming",
  "consent",
  "nee",
  "zeggen",
];

/** The rich vocabulary, most frequent first (domain words spread over the first 200 ranks). */
function richVocabulary(random: () => number): string[] {
  const compounds = compoundStarts.flatMap((start) => compoundEnds.map((end) => `${start}${end}`));
  const rest = [...compounds, ...otherWords];
  // Fisher–Yates with the seeded generator: deterministic.
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rest[i], rest[j]] = [rest[j] as string, rest[i] as string];
  }
  const ranked = rest.slice();
  for (const word of words) ranked.splice(Math.floor(random() * 200), 0, word);
  return [...new Set(ranked)];
}

/** Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1) (Zipf, s = 1). */
function zipfPicker(random: () => number, n: number): () => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (let rank = 0; rank < n; rank++) {
    sum += 1 / (rank + 1);
    cumulative.push(sum);
  }
  return () => {
    const target = random() * sum;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

export type Vocabulary = "rich" | "small";

const serviceKinds = [
  "Spreekuur",
  "Hulplijn",
  "Training",
  "Begeleiding",
  "Opvang",
  "Behandelgroep",
  "Adviespunt",
  "Meldpunt",
  "Coaching",
  "Voorlichting",
  "Inloop",
  "Jongerenwerk",
  "Nazorg",
  "Gezinsbegeleiding",
  "Weerbaarheidstraining",
];
const organisationKinds = [
  "Stichting",
  "Jeugdzorg",
  "Centrum",
  "Zorggroep",
  "Vereniging",
  "Coöperatie",
  "Expertisecentrum",
];

const hulpsoort = [
  "acute-hulp",
  "consultatie-advies",
  "melden-registreren",
  "behandeling",
  "opvang-beschermd-wonen",
  "preventie-training",
  "zorgcoordinatie",
  "onderzoek-kennis",
];
const uitbuitingsvorm = ["seksueel", "crimineel", "arbeid", "overig"];
const toegang = ["direct", "via-verwijzing", "via-comensha-zorgcoordinator", "alleen-professionals"];

const allWeek: Schedule = {
  byday: ["MO", "TU", "WE", "TH", "FR", "SA", "SU"],
  opensAt: "00:00",
  closesAt: "23:59",
};
const officeHours: Schedule = { byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "09:00", closesAt: "17:00" };
const twoMornings: Schedule = { byday: ["TU", "TH"], opensAt: "09:00", closesAt: "12:00" };
const evenings: Schedule = { byday: ["MO", "WE", "FR"], opensAt: "18:00", closesAt: "21:00" };

export interface GeneratedDirectory {
  organisations: Organisation[];
  services: Service[];
}

/**
 * `count` services (ids `bench-dienst-N`) of `count / 25` organisations,
 * spread round-robin over all municipalities of `regions`.
 */
export function generateDirectory(
  count: number,
  regions: RegionData,
  seed = 20261129,
  vocabulary: Vocabulary = "rich",
): GeneratedDirectory {
  const random = randomGenerator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const wanted = min + Math.floor(random() * (max - min + 1));
    const chosen = new Set<T>();
    while (chosen.size < Math.min(wanted, items.length)) chosen.add(pick(items));
    return [...chosen];
  };
  const ranked = vocabulary === "rich" ? richVocabulary(randomGenerator(seed + 1)) : [...words];
  const zipf = zipfPicker(random, ranked.length);
  /** One word of the vocabulary: uniformly (small) or by frequency rank (rich). */
  const word = () => (vocabulary === "rich" ? (ranked[zipf()] as string) : pick(words));
  const sentence = (min: number, max: number) => {
    const wanted = min + Math.floor(random() * (max - min + 1));
    const chosen = new Set<string>();
    while (chosen.size < wanted) chosen.add(word());
    return [...chosen].join(" ");
  };
  const municipalities = regions.municipalities;
  const byProvince = new Map<string, string[]>();
  for (const municipality of municipalities) {
    byProvince.set(municipality.provinceCode, [
      ...(byProvince.get(municipality.provinceCode) ?? []),
      municipality.code,
    ]);
  }

  const organisationCount = Math.max(1, Math.ceil(count / 25));
  const organisations: Organisation[] = Array.from({ length: organisationCount }, (_, index) => {
    const home = municipalities[index % municipalities.length];
    const name = `${pick(organisationKinds)} ${word()} ${home?.name ?? ""}`.trim();
    return {
      id: `bench-org-${index + 1}`,
      name: name.slice(0, 200),
      description: {
        nl: `Organisatie voor ${sentence(4, 8)}.`,
        en: "A synthetic organisation for the benchmark.",
      },
      phones: [{ number: `0${10 + (index % 89)}-${String(1000000 + index).slice(-7)}` }],
      emails: [{ address: `info@org${index + 1}.example.nl` }],
    };
  });

  const services: Service[] = Array.from({ length: count }, (_, index) => {
    const home = municipalities[index % municipalities.length];
    const homeCode = home?.code ?? "GM0363";
    const roll = random();
    let areas: Area[];
    if (roll < 0.6) {
      const neighbours = byProvince.get(home?.provinceCode ?? "") ?? [homeCode];
      areas = [homeCode, ...some(neighbours, 0, 2)]
        .filter((code, position, all) => all.indexOf(code) === position)
        .map((code) => ({ kind: "municipality", code }));
    } else if (roll < 0.75) {
      areas = [{ kind: "province", code: home?.provinceCode ?? "PV27" }];
    } else if (roll < 0.85 && regions.regions.length > 0) {
      areas = [{ kind: "region", id: pick(regions.regions).id }];
    } else if (roll < 0.95) {
      areas = [{ kind: "national" }];
    } else {
      areas = [];
    }
    const ageRoll = random();
    const minimumAge = ageRoll < 0.5 ? undefined : pick([0, 10, 12, 14, 16, 18]);
    const maximumAge =
      ageRoll < 0.5 ? undefined : pick([18, 21, 23, 27, 99].filter((age) => age >= (minimumAge ?? 0)));
    const genderRoll = random();
    const doelgroep =
      genderRoll < 0.7
        ? ["iedereen"]
        : genderRoll < 0.85
          ? ["meisjes-vrouwen"]
          : genderRoll < 0.95
            ? ["jongens-mannen"]
            : ["meisjes-vrouwen", "jongens-mannen"];
    if (random() < 0.3) doelgroep.push("lvb-expertise");
    if (random() < 0.2) doelgroep.push("minderjarig");
    const kind = pick(serviceKinds);
    const topic = word();
    const scheduleRoll = random();
    const schedules =
      scheduleRoll < 0.3
        ? [allWeek]
        : scheduleRoll < 0.8
          ? [officeHours]
          : scheduleRoll < 0.9
            ? [twoMornings]
            : [evenings];
    return {
      id: `bench-dienst-${index + 1}`,
      organisationId: `bench-org-${(index % organisationCount) + 1}`,
      name: { nl: `${kind} ${topic} ${home?.name ?? ""}`.trim().slice(0, 200), en: `${kind} ${topic}` },
      description: { nl: `${sentence(12, 25)}.`, en: "A synthetic service for the benchmark." },
      status: "active",
      minimumAge,
      maximumAge,
      maximumAgeInclusive: random() < 0.7,
      areas,
      terms: {
        hulpsoort: some(hulpsoort, 1, 2),
        uitbuitingsvorm: some(uitbuitingsvorm, 1, 3),
        doelgroep,
        toegang: [pick(toegang)],
      },
      phones:
        random() < 0.8
          ? [{ number: `0${20 + (index % 79)}-${String(2000000 + index).slice(-7)}`, schedules }]
          : [],
      emails: random() < 0.5 ? [{ address: `dienst${index + 1}@example.nl` }] : [],
      locations: [],
      assuredDate: `${pick(["2024", "2025", "2026"])}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-15`,
    };
  });
  return { organisations, services };
}
