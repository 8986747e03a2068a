import type {
  Organisation,
  Program,
  Schedule,
  ServiceInput,
} from "../app/modules/directory/directory-content";

/**
 * The Wegwijzer's organisations, programmes and services: every one named
 * in the source page "LVB & Uitbuiting" (Landelijk Kenniscentrum LVB), plus
 * Veilig Thuis and 112. Seeded into the HSDS tables (see
 * app/modules/directory/directory.server.ts); the database is then the
 * source of truth, kept current by editors and imports.
 *
 * Facts (names, phone numbers, e-mail addresses, regions, ages, opening
 * times) are exactly as the source gives them. Ages are kept as the source
 * writes them: "tot en met" is inclusive, "tot" is not. Where the source
 * gives no region, age or opening time, the field is left out rather than
 * guessed. Every description is our own text. Areas use CBS codes
 * (GM0080 Leeuwarden, GM0014 Groningen, GM0599 Rotterdam) and the named
 * regions of content/regions/named-regions.ts.
 */

/** When these facts were last checked against the source page. */
const checked = "2026-11-29";

const allWeek: Schedule = {
  byday: ["MO", "TU", "WE", "TH", "FR", "SA", "SU"],
  opensAt: "00:00",
  closesAt: "23:59",
};

const text = (nl: string, en: string) => ({ nl, en });

export const organisations: Organisation[] = [
  {
    id: "alarmnummer-112",
    name: "Alarmnummer 112",
    description: text(
      "Het landelijke alarmnummer voor politie, ambulance en brandweer.",
      "The national emergency number for police, ambulance and fire brigade.",
    ),
    phones: [],
    emails: [],
  },
  {
    id: "centrum-seksueel-geweld",
    name: "Centrum Seksueel Geweld (CSG)",
    description: text(
      "Een samenwerking van ziekenhuizen, GGD, GGZ, politie en Slachtofferhulp Nederland, met 16 centra in Nederland.",
      "A partnership of hospitals, public health services (GGD), mental health care (GGZ), police and Victim Support Netherlands, with 16 centres in the Netherlands.",
    ),
    phones: [],
    emails: [],
  },
  {
    id: "politie",
    name: "Politie",
    description: text(
      "De Nationale Politie. Kennis over mensenhandel zit bij de afdeling Vreemdelingen, Identificatie en Mensenhandel (AVIM).",
      "The Dutch National Police. Expertise on human trafficking sits in the Aliens, Identification and Human Trafficking department (AVIM).",
    ),
    phones: [{ number: "0900-8844" }],
    emails: [],
  },
  {
    id: "veilig-thuis",
    name: "Veilig Thuis",
    description: text(
      "Advies- en meldpunt voor huiselijk geweld en kindermishandeling.",
      "Advice and reporting centre for domestic violence and child abuse.",
    ),
    phones: [],
    emails: [],
  },
  {
    id: "comensha",
    name: "CoMensha, Coördinatiecentrum tegen Mensenhandel",
    alternateName: "CoMensha",
    description: text(
      "Houdt bij hoeveel uitbuiting er in Nederland is en in welke vormen, en coördineert zorg en opvang voor slachtoffers.",
      "Keeps track of how much exploitation there is in the Netherlands and in which forms, and coordinates care and shelter for victims.",
    ),
    phones: [],
    emails: [],
  },
  {
    id: "koraal",
    name: "Koraal",
    description: text(
      "Een zorgorganisatie in het zuiden van Nederland met een landelijk behandelprogramma voor slachtoffers van mensenhandel.",
      "A care organisation in the south of the Netherlands with a national treatment programme for victims of human trafficking.",
    ),
    phones: [{ number: "046-4775252" }],
    emails: [{ address: "info@koraal.nl" }],
  },
  {
    id: "fier",
    name: "Fier",
    description: text(
      "Landelijk expertise- en behandelcentrum voor geweld in afhankelijkheidsrelaties, met behandelprogramma's in Leeuwarden, Groningen en Rotterdam.",
      "National expertise and treatment centre for violence in relationships of dependency, with treatment programmes in Leeuwarden, Groningen and Rotterdam.",
    ),
    phones: [{ number: "088-2080000", label: text("Advies en Aanmeldingen", "Advice and Referrals") }],
    emails: [{ address: "aanmeldingen@fier.nl" }],
  },
  {
    id: "ckm",
    name: "Centrum tegen Kinderhandel en Mensenhandel (CKM)",
    alternateName: "CKM",
    parentId: "fier",
    description: text(
      "Onderzoekt uitbuiting. Het CKM hoort bij Fier.",
      "Researches exploitation. CKM is part of Fier.",
    ),
    phones: [],
    emails: [],
  },
  {
    id: "wegwijzer-mensenhandel",
    name: "Wegwijzer mensenhandel",
    description: text(
      "Helpt professionals de juiste hulp voor slachtoffers van mensenhandel te vinden en deelt het overzicht van de regionale zorgcoördinatoren.",
      "Helps professionals find the right help for victims of human trafficking and shares the list of regional care coordinators.",
    ),
    phones: [],
    emails: [],
  },
  {
    id: "pluryn",
    name: "Pluryn",
    description: text(
      "Een zorgorganisatie met veel kennis over slachtoffers van seksuele uitbuiting in de regio Utrecht en oost-Gelderland.",
      "A care organisation with expertise on victims of sexual exploitation in the Utrecht region and eastern Gelderland.",
    ),
    phones: [],
    emails: [],
  },
  {
    id: "hvo-querido",
    name: "HVO-Querido",
    alternateName: "HVO Querido/ACM",
    description: text(
      "Helpt mensen in een kwetsbare situatie om weer zelf de regie over hun leven te krijgen en volwaardig mee te doen.",
      "Helps people in a vulnerable situation to take charge of their own lives again and to take a full part in society.",
    ),
    phones: [{ number: "020-5619090" }],
    emails: [{ address: "info@hvoquerido.nl" }],
  },
  {
    id: "blijf-groep",
    name: "Blijf Groep",
    description: text(
      "Werkt samen met HVO Querido/ACM aan extra opvangplekken voor slachtoffers van uitbuiting in de regio Amsterdam, Alkmaar en Almere.",
      "Works with HVO Querido/ACM on extra shelter places for victims of exploitation in the Amsterdam, Alkmaar and Almere region.",
    ),
    phones: [],
    emails: [],
  },
  {
    id: "gemeente",
    name: "Gemeente",
    description: text(
      "Elke gemeente is sinds 2015 verantwoordelijk voor ondersteuning en opvang van slachtoffers van uitbuiting.",
      "Since 2015 every municipality has been responsible for support and shelter for victims of exploitation.",
    ),
    phones: [],
    emails: [],
  },
  {
    id: "ambiq",
    name: "Ambiq",
    description: text(
      "Een zorgorganisatie met twee preventieve trainingen over seksualiteit voor meiden en jongens met een LVB.",
      "A care organisation with two preventive trainings on sexuality for girls and boys with an LVB.",
    ),
    phones: [],
    emails: [],
  },
  {
    id: "terre-des-hommes",
    name: "Terre des Hommes",
    description: text(
      "Een kinderrechtenorganisatie. WATCH Nederland is een project van Terre des Hommes.",
      "A children's rights organisation. WATCH Nederland is a Terre des Hommes project.",
    ),
    phones: [],
    emails: [],
  },
  {
    id: "watch-nederland",
    name: "WATCH Nederland (Terre des Hommes)",
    parentId: "terre-des-hommes",
    description: text(
      "Een project tegen seksuele uitbuiting van minderjarigen in Nederland.",
      "A project against sexual exploitation of minors in the Netherlands.",
    ),
    phones: [],
    emails: [],
  },
  {
    id: "mee",
    name: "MEE",
    description: text(
      "Een organisatie voor mensen met een beperking. MEE geeft een verdiepende training over LVB en uitbuiting.",
      "An organisation for people with a disability. MEE gives an in-depth training on LVB and exploitation.",
    ),
    phones: [],
    emails: [],
  },
  {
    id: "kenniscentrum-lvb",
    name: "Landelijk Kenniscentrum LVB",
    description: text(
      "Het landelijke kenniscentrum over mensen met een licht verstandelijke beperking.",
      "The national knowledge centre on people with a mild intellectual disability.",
    ),
    phones: [],
    emails: [{ address: "info@kenniscentrumlvb.nl" }],
  },
];

export const programs: Program[] = [
  {
    id: "fier-behandelprogrammas",
    organisationId: "fier",
    name: "Behandelprogramma's van Fier",
    description:
      "Behandeling en opvang voor jongens en meiden die slachtoffer zijn van uitbuiting of geweld.",
  },
  {
    id: "koraal-uitbuiting",
    organisationId: "koraal",
    name: "Koraal en uitbuiting",
    description: "Behandeling (YIP!) en consultatie over signalen van seksuele uitbuiting.",
  },
  {
    id: "ambiq-trainingen",
    organisationId: "ambiq",
    name: "Preventieve trainingen van Ambiq",
    description: "Twee trainingen over relaties en seksualiteit voor jongeren met een LVB.",
  },
];

export const services: ServiceInput[] = [
  {
    id: "alarmnummer-112",
    organisationId: "alarmnummer-112",
    name: { nl: "Alarmnummer 112", en: "Emergency number 112" },
    description: {
      nl: "Is iemand nu in gevaar? Bel 112. Je krijgt dan direct de politie, een ambulance of de brandweer.",
      en: "Is someone in danger right now? Call 112. You get the police, an ambulance or the fire brigade straight away.",
    },
    areas: [{ kind: "national" }],
    terms: {
      hulpsoort: ["acute-hulp"],
      uitbuitingsvorm: ["seksueel", "crimineel", "arbeid", "overig"],
      doelgroep: ["iedereen"],
      toegang: ["direct"],
    },
    phones: [{ number: "112", schedules: [allWeek] }],
    emails: [],
    assuredDate: checked,
  },
  {
    id: "centrum-seksueel-geweld",
    organisationId: "centrum-seksueel-geweld",
    name: { nl: "Centrum Seksueel Geweld (CSG)", en: "Centrum Seksueel Geweld (CSG, Sexual Assault Centre)" },
    description: {
      nl: "Voor iedereen die kort geleden iets seksueels heeft meegemaakt dat hij of zij niet wilde. Het CSG is het enige centrum in Nederland dat gespecialiseerd is in acuut seksueel geweld. Ziekenhuizen, GGD, GGZ, politie en Slachtofferhulp Nederland werken er samen. Er zijn 16 centra, verspreid over het land. Bel zo snel mogelijk: acute zorg is vooral in de eerste dagen belangrijk.",
      en: "For anyone who recently went through a sexual experience they did not want. The CSG is the only centre in the Netherlands that specialises in acute sexual violence. Hospitals, the public health service (GGD), mental health care (GGZ), the police and Victim Support Netherlands work together in it. There are 16 centres across the country. Call as soon as possible: acute care matters most in the first days.",
    },
    areas: [{ kind: "national" }],
    terms: {
      hulpsoort: ["acute-hulp", "behandeling"],
      uitbuitingsvorm: ["seksueel"],
      doelgroep: ["iedereen"],
      toegang: ["direct"],
    },
    phones: [{ number: "0800-0188" }],
    emails: [],
    assuredDate: checked,
  },
  {
    id: "koraal-consultatielijn",
    organisationId: "koraal",
    programId: "koraal-uitbuiting",
    name: { nl: "Consultatielijn uitbuiting", en: "Consultation line on exploitation" },
    description: {
      nl: "Twijfel je over signalen van seksuele uitbuiting? Bespreek ze vrijblijvend met een medewerker van Koraal. Mailen kan altijd, bellen kan op dinsdag- en donderdagochtend.",
      en: "Unsure about signs of sexual exploitation? Talk them through, without obligation, with a Koraal staff member. You can e-mail at any time and call on Tuesday and Thursday mornings.",
    },
    areas: [{ kind: "national" }],
    terms: {
      hulpsoort: ["consultatie-advies"],
      uitbuitingsvorm: ["seksueel"],
      doelgroep: ["iedereen", "lvb-expertise"],
      toegang: ["direct", "alleen-professionals"],
    },
    phones: [
      {
        number: "088-5057410",
        label: { nl: "Consultatielijn", en: "Consultation line" },
        schedules: [{ byday: ["TU", "TH"], opensAt: "09:00", closesAt: "12:00" }],
      },
    ],
    emails: [
      {
        address: "vragenoveruitbuiting@koraal.nl",
        label: { nl: "Vragen over uitbuiting", en: "Questions about exploitation" },
        schedules: [allWeek],
      },
    ],
    assuredDate: checked,
  },
  {
    id: "fier-advies-en-aanmeldingen",
    organisationId: "fier",
    programId: "fier-behandelprogrammas",
    name: { nl: "Fier, afdeling Advies en Aanmeldingen", en: "Fier, Advice and Referrals department" },
    description: {
      nl: "Verwijs je een jongere door en heb je vragen over de behandelprogramma's van Fier? Neem dan contact op met deze afdeling.",
      en: "Are you referring a young person and do you have questions about Fier's treatment programmes? Contact this department.",
    },
    areas: [{ kind: "national" }],
    terms: {
      hulpsoort: ["consultatie-advies"],
      uitbuitingsvorm: ["seksueel", "overig"],
      doelgroep: ["iedereen", "lvb-expertise", "zwakbegaafd"],
      toegang: ["direct", "alleen-professionals"],
    },
    phones: [{ number: "088-2080000", label: { nl: "Advies en Aanmeldingen", en: "Advice and Referrals" } }],
    emails: [{ address: "aanmeldingen@fier.nl" }],
    assuredDate: checked,
  },
  {
    id: "wegwijzer-mensenhandel",
    organisationId: "wegwijzer-mensenhandel",
    name: {
      nl: "Wegwijzer mensenhandel en zorgcoördinatoren",
      en: "Wegwijzer mensenhandel (human trafficking guide) and care coordinators",
    },
    description: {
      nl: "De wegwijzer mensenhandel helpt professionals om de juiste hulp voor slachtoffers van mensenhandel te vinden. Je vindt er ook het overzicht van de zorgcoördinatoren. Niet elke regio heeft een zorgcoördinator. Waar er een is, kent die de procedures en het hulpaanbod in de regio. Hij of zij leidt een slachtoffer naar passende zorg en bewaakt hoe die zorg verloopt en hoe goed die is. Zorgcoördinatoren zijn deel van het Netwerk Mensenhandel.",
      en: "The human trafficking guide (wegwijzer mensenhandel) helps professionals find the right support for victims of human trafficking. It also lists the care coordinators. Not every region has one. Where there is one, the care coordinator knows the procedures and the help on offer in the region, guides a victim to suitable care, and keeps an eye on how that care goes and on its quality. Care coordinators are part of the Human Trafficking Network (Netwerk Mensenhandel).",
    },
    areas: [{ kind: "national" }],
    terms: {
      hulpsoort: ["consultatie-advies", "zorgcoordinatie"],
      uitbuitingsvorm: ["seksueel", "crimineel", "arbeid", "overig"],
      doelgroep: ["iedereen"],
      toegang: ["alleen-professionals", "via-comensha-zorgcoordinator"],
    },
    phones: [],
    emails: [],
    assuredDate: checked,
  },
  {
    id: "pluryn-consultatie",
    organisationId: "pluryn",
    name: { nl: "Pluryn, consultatie en advies", en: "Pluryn, consultation and advice" },
    description: {
      nl: "Pluryn heeft veel kennis opgebouwd over slachtoffers van seksuele uitbuiting. Professionals kunnen er terecht voor consultatie en advies.",
      en: "Pluryn has built up expertise on victims of sexual exploitation. Professionals can turn to Pluryn for consultation and advice.",
    },
    areas: [
      { kind: "region", id: "regio-utrecht" },
      { kind: "region", id: "oost-gelderland" },
    ],
    terms: {
      hulpsoort: ["consultatie-advies"],
      uitbuitingsvorm: ["seksueel"],
      doelgroep: ["iedereen", "lvb-expertise"],
      toegang: ["alleen-professionals"],
    },
    phones: [],
    emails: [],
    assuredDate: checked,
  },
  {
    id: "politie-avim",
    organisationId: "politie",
    name: { nl: "Politie, afdeling AVIM", en: "Police, AVIM department" },
    description: {
      nl: "Vermoed of weet je dat iemand wordt uitgebuit? Bel de politie en vraag altijd naar een rechercheur of expert mensenhandel van de afdeling AVIM (Vreemdelingen, Identificatie en Mensenhandel). Voor de zedenpolitie is er een lijst met contactpersonen per regio. Laat dat contact bij voorkeur lopen via de aandachtsfunctionaris van je organisatie.",
      en: "Do you suspect or know that someone is being exploited? Call the police and always ask for a human trafficking detective or expert of the AVIM department (Aliens, Identification and Human Trafficking). For the vice police there is a list of contact persons per region. Preferably let that contact go through your organisation's safeguarding officer.",
    },
    areas: [{ kind: "national" }],
    terms: {
      hulpsoort: ["melden-registreren", "consultatie-advies"],
      uitbuitingsvorm: ["seksueel", "crimineel", "arbeid", "overig"],
      doelgroep: ["iedereen"],
      toegang: ["direct"],
    },
    phones: [{ number: "0900-8844", label: { nl: "Vraag naar AVIM", en: "Ask for AVIM" } }],
    emails: [],
    assuredDate: checked,
  },
  {
    id: "veilig-thuis",
    organisationId: "veilig-thuis",
    name: { nl: "Veilig Thuis", en: "Veilig Thuis" },
    description: {
      nl: "Voor advies als je je zorgen maakt over geweld, mishandeling of uitbuiting, en om een melding te doen. In de Meldcode is Veilig Thuis de plek waar je advies vraagt (stap 2) en waar je meldt (stap 5).",
      en: "For advice when you are worried about violence, abuse or exploitation, and to make a report. In the reporting code (Meldcode), Veilig Thuis is where you ask for advice (step 2) and where you report (step 5).",
    },
    areas: [{ kind: "national" }],
    terms: {
      hulpsoort: ["melden-registreren", "consultatie-advies"],
      uitbuitingsvorm: ["seksueel", "crimineel", "arbeid", "overig"],
      doelgroep: ["iedereen"],
      toegang: ["direct"],
    },
    phones: [{ number: "0800-2000", free: true, schedules: [allWeek] }],
    emails: [],
    assuredDate: checked,
  },
  {
    id: "comensha",
    organisationId: "comensha",
    name: {
      nl: "CoMensha, Coördinatiecentrum tegen Mensenhandel",
      en: "CoMensha, Coördinatiecentrum tegen Mensenhandel",
    },
    description: {
      nl: "CoMensha houdt bij hoeveel uitbuiting er in Nederland is en in welke vormen. Je kunt een mogelijk slachtoffer bij CoMensha laten registreren, maar alleen met toestemming. Vanaf 16 jaar geeft de jongere zelf toestemming, onder de 16 een ouder of voogd. Registreren is niet verplicht. CoMensha is ook het meldpunt voor uitbuiting van minderjarigen. Voor volwassen slachtoffers coördineert CoMensha de eerste opvang en zorg. De helpdesk is bereikbaar op maandag tot en met vrijdag van 9 tot 17 uur. Hoe je meldt, lees je in de handreiking van CoMensha over melden.",
      en: "CoMensha keeps track of how much exploitation there is in the Netherlands and in which forms. You can have a possible victim registered with CoMensha, but only with consent. From 16 the young person consents; under 16 a parent or guardian does. Registration is not mandatory. CoMensha is also the reporting point for exploitation of minors. For adult victims, CoMensha coordinates first shelter and care. The helpdesk is open Monday to Friday from 9 to 5. How to report is explained in CoMensha's guide on reporting.",
    },
    areas: [{ kind: "national" }],
    terms: {
      hulpsoort: ["melden-registreren", "zorgcoordinatie", "opvang-beschermd-wonen"],
      uitbuitingsvorm: ["seksueel", "crimineel", "arbeid", "overig"],
      doelgroep: ["iedereen", "minderjarig"],
      toegang: ["direct"],
    },
    phones: [
      {
        number: "033-4481186",
        schedules: [{ byday: ["MO", "TU", "WE", "TH", "FR"], opensAt: "09:00", closesAt: "17:00" }],
      },
    ],
    emails: [],
    assuredDate: checked,
  },
  {
    id: "fier-behandelcentrum",
    organisationId: "fier",
    programId: "fier-behandelprogrammas",
    name: {
      nl: "Fier, landelijk expertise- en behandelcentrum",
      en: "Fier, national expertise and treatment centre",
    },
    description: {
      nl: "Behandelprogramma's voor jongens en meiden die slachtoffer zijn van seksuele uitbuiting of van geweld in afhankelijkheidsrelaties, of die dat dreigen te worden. Fier helpt ook jongeren die zwakbegaafd zijn (IQ 70 tot 85). Op de website van Fier staan ervaringsverhalen en informatie, ook voor jongeren en ouders.",
      en: "Treatment programmes for boys and girls who are victims of sexual exploitation or of violence in relationships of dependency, or who are at risk of becoming one. Fier also helps young people with borderline intellectual functioning (IQ 70 to 85). Fier's website has personal stories and information, also for young people and parents.",
    },
    areas: [
      { kind: "municipality", code: "GM0080" },
      { kind: "municipality", code: "GM0014" },
      { kind: "municipality", code: "GM0599" },
    ],
    terms: {
      hulpsoort: ["behandeling"],
      uitbuitingsvorm: ["seksueel", "overig"],
      doelgroep: ["meisjes-vrouwen", "jongens-mannen", "zwakbegaafd"],
      toegang: ["via-verwijzing"],
    },
    phones: [],
    emails: [],
    locations: [
      {
        id: "fier-leeuwarden",
        type: "physical",
        name: "Fier Leeuwarden",
        confidential: true,
        municipalityCode: "GM0080",
      },
      {
        id: "fier-groningen",
        type: "physical",
        name: "Fier Groningen",
        confidential: true,
        municipalityCode: "GM0014",
      },
      {
        id: "fier-rotterdam",
        type: "physical",
        name: "Fier Rotterdam",
        confidential: true,
        municipalityCode: "GM0599",
      },
    ],
    assuredDate: checked,
  },
  {
    id: "fier-asja",
    organisationId: "fier",
    programId: "fier-behandelprogrammas",
    name: { nl: "Asja (Fier)", en: "Asja (Fier)" },
    description: {
      nl: "Veilige opvang, begeleiding en behandeling voor meiden die door misleiding, dwang of geweld in de prostitutie terecht zijn gekomen, of die daar een groot risico op lopen. De meeste meiden wonen eerst dag en nacht op de groep. Daarna gaan ze terug naar huis of naar beschermd wonen, dan naar begeleid wonen, en tot slot krijgen ze nazorg.",
      en: "Safe shelter, support and treatment for girls who ended up in prostitution through deception, coercion or violence, or who are at serious risk of it. Most girls first stay in the group day and night. After that they go home or to protected housing, then to supported living, and finally they receive aftercare.",
    },
    minimumAge: 12,
    maximumAge: 23,
    maximumAgeInclusive: true,
    areas: [
      { kind: "municipality", code: "GM0080" },
      { kind: "municipality", code: "GM0599" },
    ],
    terms: {
      hulpsoort: ["behandeling", "opvang-beschermd-wonen"],
      uitbuitingsvorm: ["seksueel"],
      doelgroep: ["meisjes-vrouwen", "minderjarig", "zwakbegaafd"],
      toegang: ["via-verwijzing"],
    },
    phones: [],
    emails: [],
    assuredDate: checked,
  },
  {
    id: "fier-ravi",
    organisationId: "fier",
    programId: "fier-behandelprogrammas",
    name: { nl: "Ravi (Fier)", en: "Ravi (Fier)" },
    description: {
      nl: "Veilige opvang met veel structuur, begeleiding en behandeling voor jongens die slachtoffer zijn van geweld in afhankelijkheidsrelaties. Voor jongens die veiligheid en bescherming nodig hebben, en daarnaast gespecialiseerde behandeling. Ravi is landelijk erkend als specialistisch zorgprogramma en werkt volgens het model 'high intensive care & high safety'.",
      en: "Safe, well-structured shelter, support and treatment for boys who are victims of violence in relationships of dependency. For boys who need safety and protection as well as specialist treatment. Ravi is nationally recognised as a specialist care programme and works according to the 'high intensive care & high safety' model.",
    },
    minimumAge: 12,
    maximumAge: 23,
    maximumAgeInclusive: false,
    areas: [{ kind: "municipality", code: "GM0080" }],
    terms: {
      hulpsoort: ["behandeling", "opvang-beschermd-wonen"],
      uitbuitingsvorm: ["seksueel", "overig"],
      doelgroep: ["jongens-mannen", "minderjarig", "zwakbegaafd"],
      toegang: ["via-verwijzing"],
    },
    phones: [],
    emails: [],
    assuredDate: checked,
  },
  {
    id: "koraal-yip",
    organisationId: "koraal",
    programId: "koraal-uitbuiting",
    name: { nl: "YIP! Your Inner Power (Koraal)", en: "YIP! Your Inner Power (Koraal)" },
    description: {
      nl: "Een landelijk behandelprogramma voor jonge mensen met een LVB en/of psychiatrische problemen die (waarschijnlijk) slachtoffer zijn van mensenhandel en gedwongen prostitutie. Koraal is een zorgorganisatie in het zuiden van Nederland. Op de website van Koraal staan folders over het aanbod voor meisjes en voor jongens.",
      en: "A national treatment programme for young people with an LVB and/or psychiatric problems who are (probably) victims of human trafficking and forced prostitution. Koraal is a care organisation in the south of the Netherlands. Koraal's website has leaflets about its programmes for girls and for boys.",
    },
    areas: [{ kind: "national" }],
    terms: {
      hulpsoort: ["behandeling"],
      uitbuitingsvorm: ["seksueel"],
      doelgroep: ["meisjes-vrouwen", "jongens-mannen", "lvb-expertise"],
      toegang: ["via-verwijzing"],
    },
    phones: [],
    emails: [],
    assuredDate: checked,
  },
  {
    id: "pluryn-safe-and-sound",
    organisationId: "pluryn",
    name: { nl: "Safe & Sound (Pluryn)", en: "Safe & Sound (Pluryn)" },
    description: {
      nl: "Een behandelprogramma voor meiden die (waarschijnlijk) slachtoffer zijn van seksuele uitbuiting. Het is er voor meiden met een LVB en voor normaal begaafde meiden. Ook meiden die zich aan de hulp onttrekken of moeite hebben met hun motivatie, kunnen meedoen.",
      en: "A treatment programme for girls who are (probably) victims of sexual exploitation. It is open to girls with an LVB and to girls of average ability, and also to girls who withdraw from care or struggle with motivation.",
    },
    areas: [
      { kind: "region", id: "regio-utrecht" },
      { kind: "region", id: "oost-gelderland" },
    ],
    terms: {
      hulpsoort: ["behandeling"],
      uitbuitingsvorm: ["seksueel"],
      doelgroep: ["meisjes-vrouwen", "lvb-expertise"],
      toegang: ["via-verwijzing"],
    },
    phones: [],
    emails: [],
    assuredDate: checked,
  },
  {
    id: "hvo-querido-opvangplekken",
    organisationId: "hvo-querido",
    name: {
      nl: "Extra opvangplekken (HVO Querido/ACM met Blijf Groep)",
      en: "Extra shelter places (HVO Querido/ACM with Blijf Groep)",
    },
    description: {
      nl: "HVO Querido/ACM heeft samen met Blijf Groep extra opvangplekken voor slachtoffers van uitbuiting die intensieve zorg nodig hebben, omdat ze een verslaving, psychische klachten of een LVB hebben. HVO-Querido helpt mensen in een kwetsbare situatie om weer zelf de regie over hun leven te krijgen en volwaardig mee te doen in de samenleving.",
      en: "Together with Blijf Groep, HVO Querido/ACM offers extra shelter places for victims of exploitation who need intensive care because of an addiction, psychological problems or an LVB. HVO-Querido helps people in a vulnerable situation to take charge of their own lives again and to take a full part in society.",
    },
    areas: [{ kind: "region", id: "amsterdam-alkmaar-almere" }],
    terms: {
      hulpsoort: ["opvang-beschermd-wonen"],
      uitbuitingsvorm: ["seksueel", "crimineel", "arbeid", "overig"],
      doelgroep: ["iedereen", "lvb-expertise"],
      toegang: ["via-comensha-zorgcoordinator"],
    },
    phones: [],
    emails: [],
    locations: [{ id: "hvo-querido-opvang", type: "physical", name: "Opvanglocatie", confidential: true }],
    assuredDate: checked,
  },
  {
    id: "gemeente",
    organisationId: "gemeente",
    name: { nl: "De gemeente", en: "The municipality" },
    description: {
      nl: "Sinds 2015 hoort de aanpak van uitbuiting ook bij de taken van de gemeente. De gemeente zorgt voor ondersteuning en opvang van slachtoffers. Die rol is nog in ontwikkeling, bijvoorbeeld op het gebied van signaleren en van regels en beleid.",
      en: "Since 2015, tackling exploitation has also been a task of the municipality. The municipality arranges support and shelter for victims. That role is still being developed, for example in spotting exploitation and in rules and policy.",
    },
    areas: [{ kind: "national" }],
    terms: {
      hulpsoort: ["opvang-beschermd-wonen", "zorgcoordinatie"],
      uitbuitingsvorm: ["seksueel", "crimineel", "arbeid", "overig"],
      doelgroep: ["iedereen"],
      toegang: ["direct"],
    },
    phones: [],
    emails: [],
    assuredDate: checked,
  },
  {
    id: "ambiq-girls-talk-plus",
    organisationId: "ambiq",
    programId: "ambiq-trainingen",
    name: { nl: "Girls Talk+ (Ambiq)", en: "Girls Talk+ (Ambiq)" },
    description: {
      nl: "Een preventieve training over seksualiteit voor laagopgeleide meiden die meer risico lopen om seksueel grensoverschrijdend gedrag mee te maken of zelf te doen. De training maakt meiden weerbaarder en werkt aan hun seksuele gezondheid en welzijn. Ambiq geeft deze training aan meiden met een LVB.",
      en: "A preventive training on sexuality for girls with little formal education who are at higher risk of experiencing or committing sexually harmful behaviour. It strengthens the girls and works on their sexual health and well-being. Ambiq gives this training to girls with an LVB.",
    },
    areas: [],
    terms: {
      hulpsoort: ["preventie-training"],
      uitbuitingsvorm: ["seksueel"],
      doelgroep: ["meisjes-vrouwen", "lvb-expertise"],
      toegang: ["via-verwijzing"],
    },
    phones: [],
    emails: [],
    assuredDate: checked,
  },
  {
    id: "ambiq-make-a-move-plus",
    organisationId: "ambiq",
    programId: "ambiq-trainingen",
    name: { nl: "Make a Move+ (Ambiq)", en: "Make a Move+ (Ambiq)" },
    description: {
      nl: "Een training over relaties, seksualiteit, grenzen en zelfvertrouwen. Jongens leren hun seksualiteit en relaties op een veilige en respectvolle manier te ontdekken.",
      en: "A training on relationships, sexuality, boundaries and self-confidence. Boys learn to explore their sexuality and relationships in a safe and respectful way.",
    },
    minimumAge: 14,
    maximumAge: 18,
    maximumAgeInclusive: false,
    areas: [],
    terms: {
      hulpsoort: ["preventie-training"],
      uitbuitingsvorm: ["seksueel"],
      doelgroep: ["jongens-mannen", "lvb-expertise", "minderjarig"],
      toegang: ["via-verwijzing"],
    },
    phones: [],
    emails: [],
    assuredDate: checked,
  },
  {
    id: "watch-nederland",
    organisationId: "watch-nederland",
    name: { nl: "WATCH Nederland (Terre des Hommes)", en: "WATCH Nederland (Terre des Hommes)" },
    description: {
      nl: "Een project van Terre des Hommes tegen seksuele uitbuiting van minderjarigen in Nederland. WATCH helpt 'loverboys' en mensenhandelaren op te sporen, ontmoedigt de vraag naar seks met minderjarigen en maakt jongeren bewust van seksuele uitbuiting. Dat doet WATCH in nauwe samenwerking met de politie.",
      en: "A Terre des Hommes project against sexual exploitation of minors in the Netherlands. WATCH helps to track down 'loverboys' and traffickers, discourages demand, and makes young people aware of sexual exploitation, in close cooperation with the police.",
    },
    areas: [{ kind: "national" }],
    terms: {
      hulpsoort: ["preventie-training"],
      uitbuitingsvorm: ["seksueel"],
      doelgroep: ["iedereen", "minderjarig"],
      toegang: ["direct"],
    },
    phones: [],
    emails: [],
    assuredDate: checked,
  },
  {
    id: "ckm",
    organisationId: "ckm",
    name: {
      nl: "Centrum tegen Kinderhandel en Mensenhandel (CKM)",
      en: "Centrum tegen Kinderhandel en Mensenhandel (CKM)",
    },
    description: {
      nl: "Het CKM hoort bij Fier en doet onderzoek naar uitbuiting. Die onderzoeken vergroten de kennis over uitbuiting en verbeteren de aanpak. Samen met het Rode Kruis en Fier maakte het CKM een training voor docenten. De rapporten van het CKM staan in de bibliotheek.",
      en: "CKM is part of Fier and researches exploitation. Its studies add to what we know about exploitation and improve the approach. Together with the Red Cross and Fier, CKM developed a training for teachers. CKM's reports are in the library.",
    },
    areas: [{ kind: "national" }],
    terms: {
      hulpsoort: ["onderzoek-kennis", "preventie-training"],
      uitbuitingsvorm: ["seksueel", "crimineel"],
      doelgroep: ["iedereen"],
      toegang: ["alleen-professionals"],
    },
    phones: [],
    emails: [],
    assuredDate: checked,
  },
  {
    id: "politie-zedenpolitie",
    organisationId: "politie",
    name: text("Politie, contactpersonen zedenpolitie", "Police, vice police contacts"),
    description: text(
      "Bij seksueel misbruik kun je contact opnemen met de zedenpolitie. Er is een lijst met contactpersonen per regio. Laat dat contact het liefst lopen via de aandachtsfunctionaris van je organisatie.",
      "In cases of sexual abuse you can contact the vice police. There is a list of contact persons per region. Preferably let that contact go through your organisation's safeguarding officer.",
    ),
    areas: [{ kind: "national" }],
    terms: {
      hulpsoort: ["melden-registreren", "consultatie-advies"],
      uitbuitingsvorm: ["seksueel"],
      doelgroep: ["iedereen"],
      toegang: ["alleen-professionals"],
    },
    phones: [],
    emails: [],
    assuredDate: checked,
  },
  {
    id: "zorgcoordinatoren-mensenhandel",
    organisationId: "wegwijzer-mensenhandel",
    name: text(
      "Regionale zorgcoördinatoren mensenhandel",
      "Regional care coordinators for human trafficking",
    ),
    description: text(
      "Niet elke regio heeft een zorgcoördinator mensenhandel. Vraag je gemeente of die er in jouw regio is; waar er geen is, doet CoMensha dit werk op afstand. Een zorgcoördinator kent de procedures en de hulp in de regio, leidt een slachtoffer naar passende zorg en let op hoe die zorg verloopt. Zorgcoördinatoren horen bij het Netwerk Mensenhandel. Het overzicht staat bij de Wegwijzer mensenhandel.",
      "Not every region has a care coordinator for human trafficking. Ask the municipality whether there is one in your region; where there is none, CoMensha does this work from a distance. A care coordinator knows the procedures and the help in the region, guides a victim to suitable care and keeps an eye on how that care goes. Care coordinators are part of the Human Trafficking Network. The list is kept by the Wegwijzer mensenhandel.",
    ),
    areas: [{ kind: "national" }],
    terms: {
      hulpsoort: ["zorgcoordinatie"],
      uitbuitingsvorm: ["seksueel", "crimineel", "arbeid", "overig"],
      doelgroep: ["iedereen"],
      toegang: ["alleen-professionals", "via-comensha-zorgcoordinator"],
    },
    phones: [],
    emails: [],
    assuredDate: checked,
  },
  {
    id: "mee-verdiepingstraining",
    organisationId: "mee",
    name: text("Verdiepingstraining MEE", "MEE in-depth training"),
    description: text(
      "Een training in twee delen voor professionals. In deel één leer je wat een LVB is en waarom deze jongeren kwetsbaar zijn voor uitbuiting. Deel twee gaat over seksuele uitbuiting: wat het is en hoe je het herkent.",
      "A two-part training for professionals. In part one you learn what an LVB is and why these young people are vulnerable to exploitation. In part two you learn what sexual exploitation is and how to recognise it.",
    ),
    areas: [],
    terms: {
      hulpsoort: ["preventie-training"],
      uitbuitingsvorm: ["seksueel"],
      doelgroep: ["iedereen", "lvb-expertise"],
      toegang: ["alleen-professionals"],
    },
    phones: [],
    emails: [],
    assuredDate: checked,
  },
  {
    id: "kenniscentrum-lvb",
    organisationId: "kenniscentrum-lvb",
    name: text("Landelijk Kenniscentrum LVB", "Landelijk Kenniscentrum LVB (national LVB knowledge centre)"),
    description: text(
      "Deelt kennis over jongeren met een LVB en uitbuiting, met webinars en video's voor zorg, onderwijs en strafrechtketen. Weet je hulp die in deze wegwijzer ontbreekt? Mail je suggestie naar het kenniscentrum.",
      "Shares knowledge about young people with an LVB and exploitation, with webinars and videos for care, education and the criminal justice chain. Do you know of help missing from this directory? E-mail your suggestion to the knowledge centre.",
    ),
    areas: [{ kind: "national" }],
    terms: {
      hulpsoort: ["onderzoek-kennis"],
      uitbuitingsvorm: ["seksueel", "crimineel", "arbeid", "overig"],
      doelgroep: ["iedereen", "lvb-expertise"],
      toegang: ["direct", "alleen-professionals"],
    },
    phones: [],
    emails: [{ address: "info@kenniscentrumlvb.nl", label: text("Suggesties", "Suggestions") }],
    assuredDate: checked,
  },
];
