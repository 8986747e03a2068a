import type { Organisation, Schedule, Service } from "../app/modules/directory/directory";

/**
 * The national organisations and care programmes of the Wegwijzer.
 *
 * Facts (names, phone numbers, e-mail addresses, regions, ages, opening
 * times) come from the source page "LVB & Uitbuiting" (Landelijk
 * Kenniscentrum LVB) and, for Veilig Thuis, from DOMAIN.md. Ages are kept as
 * the source writes them: "tot en met" is inclusive, "tot" is not. Where the
 * source gives no region, age or opening time, the field is left out rather
 * than guessed. Every description is our own text.
 *
 * The shape follows HSDS (see app/modules/directory/directory.ts) so the
 * searchable directory can seed its tables from this file.
 */

const allWeek: Schedule = {
  byday: ["MO", "TU", "WE", "TH", "FR", "SA", "SU"],
  opensAt: "00:00",
  closesAt: "23:59",
};

export const organisations: Organisation[] = [
  { id: "alarmnummer-112", name: "Alarmnummer 112", phones: [], emails: [] },
  { id: "centrum-seksueel-geweld", name: "Centrum Seksueel Geweld (CSG)", phones: [], emails: [] },
  { id: "politie", name: "Politie", phones: [], emails: [] },
  { id: "veilig-thuis", name: "Veilig Thuis", phones: [], emails: [] },
  { id: "comensha", name: "CoMensha, Coördinatiecentrum tegen Mensenhandel", phones: [], emails: [] },
  {
    id: "koraal",
    name: "Koraal",
    phones: [{ number: "046-4775252" }],
    emails: [{ address: "info@koraal.nl" }],
  },
  {
    id: "fier",
    name: "Fier",
    phones: [{ number: "088-2080000", label: { nl: "Advies en Aanmeldingen", en: "Advice and Referrals" } }],
    emails: [{ address: "aanmeldingen@fier.nl" }],
  },
  { id: "wegwijzer-mensenhandel", name: "Wegwijzer mensenhandel", phones: [], emails: [] },
  { id: "pluryn", name: "Pluryn", phones: [], emails: [] },
  {
    id: "hvo-querido",
    name: "HVO-Querido",
    phones: [{ number: "020-5619090" }],
    emails: [{ address: "info@hvoquerido.nl" }],
  },
  { id: "gemeente", name: "Gemeente", phones: [], emails: [] },
  { id: "ambiq", name: "Ambiq", phones: [], emails: [] },
  { id: "watch-nederland", name: "WATCH Nederland (Terre des Hommes)", phones: [], emails: [] },
  { id: "ckm", name: "Centrum tegen Kinderhandel en Mensenhandel (CKM)", phones: [], emails: [] },
];

export const services: Service[] = [
  // Acute hulp
  {
    id: "alarmnummer-112",
    organisationId: "alarmnummer-112",
    name: { nl: "Alarmnummer 112", en: "Emergency number 112" },
    group: "acute",
    description: {
      nl: "Is iemand nu in gevaar? Bel 112. Je krijgt dan direct de politie, een ambulance of de brandweer.",
      en: "Is someone in danger right now? Call 112. You get the police, an ambulance or the fire brigade straight away.",
    },
    area: { kind: "national" },
    phones: [{ number: "112", schedules: [allWeek] }],
    emails: [],
  },
  {
    id: "centrum-seksueel-geweld",
    organisationId: "centrum-seksueel-geweld",
    name: { nl: "Centrum Seksueel Geweld (CSG)", en: "Centrum Seksueel Geweld (CSG, Sexual Assault Centre)" },
    group: "acute",
    description: {
      nl: "Voor iedereen die kort geleden iets seksueels heeft meegemaakt dat hij of zij niet wilde. Het CSG is het enige centrum in Nederland dat gespecialiseerd is in acuut seksueel geweld. Ziekenhuizen, GGD, GGZ, politie en Slachtofferhulp Nederland werken er samen. Er zijn 16 centra, verspreid over het land. Bel zo snel mogelijk: acute zorg is vooral in de eerste dagen belangrijk.",
      en: "For anyone who recently went through a sexual experience they did not want. The CSG is the only centre in the Netherlands that specialises in acute sexual violence. Hospitals, the public health service (GGD), mental health care (GGZ), the police and Victim Support Netherlands work together in it. There are 16 centres across the country. Call as soon as possible: acute care matters most in the first days.",
    },
    area: { kind: "national" },
    phones: [{ number: "0800-0188" }],
    emails: [],
  },

  // Advies en consultatie
  {
    id: "koraal-consultatielijn",
    organisationId: "koraal",
    name: { nl: "Consultatielijn uitbuiting", en: "Consultation line on exploitation" },
    group: "advice",
    description: {
      nl: "Twijfel je over signalen van seksuele uitbuiting? Bespreek ze vrijblijvend met een medewerker van Koraal. Mailen kan altijd, bellen kan op dinsdag- en donderdagochtend.",
      en: "Unsure about signs of sexual exploitation? Talk them through, without obligation, with a Koraal staff member. You can e-mail at any time and call on Tuesday and Thursday mornings.",
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
  },
  {
    id: "fier-advies-en-aanmeldingen",
    organisationId: "fier",
    name: { nl: "Fier, afdeling Advies en Aanmeldingen", en: "Fier, Advice and Referrals department" },
    group: "advice",
    description: {
      nl: "Verwijs je een jongere door en heb je vragen over de behandelprogramma's van Fier? Neem dan contact op met deze afdeling.",
      en: "Are you referring a young person and do you have questions about Fier's treatment programmes? Contact this department.",
    },
    phones: [{ number: "088-2080000" }],
    emails: [{ address: "aanmeldingen@fier.nl" }],
  },
  {
    id: "wegwijzer-mensenhandel",
    organisationId: "wegwijzer-mensenhandel",
    name: {
      nl: "Wegwijzer mensenhandel en zorgcoördinatoren",
      en: "Wegwijzer mensenhandel (human trafficking guide) and care coordinators",
    },
    group: "advice",
    description: {
      nl: "De wegwijzer mensenhandel helpt professionals om de juiste hulp voor slachtoffers van mensenhandel te vinden. Je vindt er ook het overzicht van de zorgcoördinatoren. De zorgcoördinator van jouw regio kent de procedures en het hulpaanbod in die regio. Hij of zij leidt een slachtoffer naar passende zorg en bewaakt hoe die zorg verloopt en hoe goed die is. Zorgcoördinatoren zijn deel van het Netwerk Mensenhandel.",
      en: "The human trafficking guide (wegwijzer mensenhandel) helps professionals find the right support for victims of human trafficking. It also lists the care coordinators. The care coordinator of your region knows the procedures and the help on offer there, guides a victim to suitable care, and keeps an eye on how that care goes and on its quality. Care coordinators are part of the Human Trafficking Network (Netwerk Mensenhandel).",
    },
    phones: [],
    emails: [],
  },
  {
    id: "pluryn-consultatie",
    organisationId: "pluryn",
    name: { nl: "Pluryn, consultatie en advies", en: "Pluryn, consultation and advice" },
    group: "advice",
    description: {
      nl: "Pluryn heeft veel kennis opgebouwd over slachtoffers van seksuele uitbuiting. Professionals kunnen er terecht voor consultatie en advies.",
      en: "Pluryn has built up expertise on victims of sexual exploitation. Professionals can turn to Pluryn for consultation and advice.",
    },
    area: {
      kind: "regions",
      regions: [
        { nl: "regio Utrecht", en: "the Utrecht region" },
        { nl: "oost-Gelderland", en: "eastern Gelderland" },
      ],
    },
    phones: [],
    emails: [],
  },

  // Melden en registreren
  {
    id: "politie-avim",
    organisationId: "politie",
    name: { nl: "Politie, afdeling AVIM", en: "Police, AVIM department" },
    group: "reporting",
    description: {
      nl: "Vermoed of weet je dat iemand wordt uitgebuit? Bel de politie en vraag altijd naar een rechercheur of expert mensenhandel van de afdeling AVIM (Vreemdelingen, Identificatie en Mensenhandel). Voor de zedenpolitie is er een lijst met contactpersonen per regio. Laat dat contact bij voorkeur lopen via de aandachtsfunctionaris van je organisatie.",
      en: "Do you suspect or know that someone is being exploited? Call the police and always ask for a human trafficking detective or expert of the AVIM department (Aliens, Identification and Human Trafficking). For the vice police there is a list of contact persons per region. Preferably let that contact go through your organisation's safeguarding officer.",
    },
    area: { kind: "national" },
    phones: [{ number: "0900-8844" }],
    emails: [],
  },
  {
    id: "veilig-thuis",
    organisationId: "veilig-thuis",
    name: { nl: "Veilig Thuis", en: "Veilig Thuis" },
    group: "reporting",
    description: {
      nl: "Voor advies als je je zorgen maakt over geweld, mishandeling of uitbuiting, en om een melding te doen. In de Meldcode is Veilig Thuis de plek waar je advies vraagt (stap 2) en waar je meldt (stap 5).",
      en: "For advice when you are worried about violence, abuse or exploitation, and to make a report. In the reporting code (Meldcode), Veilig Thuis is where you ask for advice (step 2) and where you report (step 5).",
    },
    area: { kind: "national" },
    phones: [{ number: "0800-2000", free: true, schedules: [allWeek] }],
    emails: [],
  },
  {
    id: "comensha",
    organisationId: "comensha",
    name: {
      nl: "CoMensha, Coördinatiecentrum tegen Mensenhandel",
      en: "CoMensha, Coördinatiecentrum tegen Mensenhandel",
    },
    group: "reporting",
    description: {
      nl: "CoMensha houdt bij hoeveel uitbuiting er in Nederland is en in welke vormen. Je kunt een mogelijk slachtoffer bij CoMensha laten registreren, maar alleen met toestemming. Vanaf 16 jaar geeft de jongere zelf toestemming, onder de 16 een ouder of voogd. Registreren is niet verplicht. CoMensha is ook het meldpunt voor uitbuiting van minderjarigen en regelt zorg en opvang voor slachtoffers. Hoe je meldt, lees je in de handreiking van CoMensha over melden.",
      en: "CoMensha keeps track of how much exploitation there is in the Netherlands and in which forms. You can have a possible victim registered with CoMensha, but only with consent. From 16 the young person consents; under 16 a parent or guardian does. Registration is not mandatory. CoMensha is also the reporting point for exploitation of minors and arranges care and shelter for victims. How to report is explained in CoMensha's guide on reporting.",
    },
    area: { kind: "national" },
    phones: [{ number: "033-4481186" }],
    emails: [],
  },

  // Behandeling en opvang
  {
    id: "fier-behandelcentrum",
    organisationId: "fier",
    name: {
      nl: "Fier, landelijk expertise- en behandelcentrum",
      en: "Fier, national expertise and treatment centre",
    },
    group: "care",
    description: {
      nl: "Behandelprogramma's voor jongens en meiden die slachtoffer zijn van seksuele uitbuiting of van geweld in afhankelijkheidsrelaties, of die dat dreigen te worden. Fier helpt ook jongeren die zwakbegaafd zijn (IQ 70 tot 85). Op de website van Fier staan ervaringsverhalen en informatie, ook voor jongeren en ouders.",
      en: "Treatment programmes for boys and girls who are victims of sexual exploitation or of violence in relationships of dependency, or who are at risk of becoming one. Fier also helps young people with borderline intellectual functioning (IQ 70 to 85). Fier's website has personal stories and information, also for young people and parents.",
    },
    eligibility: { genders: ["female", "male"] },
    area: { kind: "places", places: ["Leeuwarden", "Groningen", "Rotterdam"] },
    phones: [],
    emails: [],
  },
  {
    id: "fier-asja",
    organisationId: "fier",
    name: { nl: "Asja (Fier)", en: "Asja (Fier)" },
    group: "care",
    description: {
      nl: "Veilige opvang, begeleiding en behandeling voor meiden die door misleiding, dwang of geweld in de prostitutie terecht zijn gekomen, of die daar een groot risico op lopen. De meeste meiden wonen eerst dag en nacht op de groep. Daarna gaan ze terug naar huis of naar beschermd wonen, dan naar begeleid wonen, en tot slot krijgen ze nazorg.",
      en: "Safe shelter, support and treatment for girls who ended up in prostitution through deception, coercion or violence, or who are at serious risk of it. Most girls first stay in the group day and night. After that they go home or to protected housing, then to supported living, and finally they receive aftercare.",
    },
    eligibility: { genders: ["female"], minimumAge: 12, maximumAge: 23, maximumAgeInclusive: true },
    area: { kind: "places", places: ["Leeuwarden", "Rotterdam"] },
    phones: [],
    emails: [],
  },
  {
    id: "fier-ravi",
    organisationId: "fier",
    name: { nl: "Ravi (Fier)", en: "Ravi (Fier)" },
    group: "care",
    description: {
      nl: "Veilige opvang met veel structuur, begeleiding en behandeling voor jongens die slachtoffer zijn van geweld in afhankelijkheidsrelaties. Voor jongens die veiligheid en bescherming nodig hebben, en daarnaast gespecialiseerde behandeling. Ravi is landelijk erkend als specialistisch zorgprogramma en werkt volgens het model 'high intensive care & high safety'.",
      en: "Safe, well-structured shelter, support and treatment for boys who are victims of violence in relationships of dependency. For boys who need safety and protection as well as specialist treatment. Ravi is nationally recognised as a specialist care programme and works according to the 'high intensive care & high safety' model.",
    },
    eligibility: { genders: ["male"], minimumAge: 12, maximumAge: 23, maximumAgeInclusive: false },
    area: { kind: "places", places: ["Leeuwarden"] },
    phones: [],
    emails: [],
  },
  {
    id: "koraal-yip",
    organisationId: "koraal",
    name: { nl: "YIP! Your Inner Power (Koraal)", en: "YIP! Your Inner Power (Koraal)" },
    group: "care",
    description: {
      nl: "Een landelijk behandelprogramma voor jonge mensen met een LVB en/of psychiatrische problemen die (waarschijnlijk) slachtoffer zijn van mensenhandel en gedwongen prostitutie. Koraal is een zorgorganisatie in het zuiden van Nederland. Op de website van Koraal staan folders over het aanbod voor meisjes en voor jongens.",
      en: "A national treatment programme for young people with an LVB and/or psychiatric problems who are (probably) victims of human trafficking and forced prostitution. Koraal is a care organisation in the south of the Netherlands. Koraal's website has leaflets about its programmes for girls and for boys.",
    },
    phones: [],
    emails: [],
  },
  {
    id: "pluryn-safe-and-sound",
    organisationId: "pluryn",
    name: { nl: "Safe & Sound (Pluryn)", en: "Safe & Sound (Pluryn)" },
    group: "care",
    description: {
      nl: "Een behandelprogramma voor meiden die (waarschijnlijk) slachtoffer zijn van seksuele uitbuiting. Het is er voor meiden met een LVB en voor normaal begaafde meiden. Ook meiden die zich aan de hulp onttrekken of moeite hebben met hun motivatie, kunnen meedoen.",
      en: "A treatment programme for girls who are (probably) victims of sexual exploitation. It is open to girls with an LVB and to girls of average ability, and also to girls who withdraw from care or struggle with motivation.",
    },
    eligibility: { genders: ["female"] },
    area: {
      kind: "regions",
      regions: [
        { nl: "regio Utrecht", en: "the Utrecht region" },
        { nl: "oost-Gelderland", en: "eastern Gelderland" },
      ],
    },
    phones: [],
    emails: [],
  },
  {
    id: "hvo-querido-opvangplekken",
    organisationId: "hvo-querido",
    name: {
      nl: "Extra opvangplekken (HVO Querido/ACM met Blijf Groep)",
      en: "Extra shelter places (HVO Querido/ACM with Blijf Groep)",
    },
    group: "care",
    description: {
      nl: "HVO Querido/ACM heeft samen met Blijf Groep extra opvangplekken voor slachtoffers van uitbuiting die intensieve zorg nodig hebben, omdat ze een verslaving, psychische klachten of een LVB hebben. HVO-Querido helpt mensen in een kwetsbare situatie om weer zelf de regie over hun leven te krijgen en volwaardig mee te doen in de samenleving.",
      en: "Together with Blijf Groep, HVO Querido/ACM offers extra shelter places for victims of exploitation who need intensive care because of an addiction, psychological problems or an LVB. HVO-Querido helps people in a vulnerable situation to take charge of their own lives again and to take a full part in society.",
    },
    area: {
      kind: "regions",
      regions: [{ nl: "regio Amsterdam, Alkmaar en Almere", en: "the Amsterdam, Alkmaar and Almere region" }],
    },
    phones: [],
    emails: [],
  },
  {
    id: "gemeente",
    organisationId: "gemeente",
    name: { nl: "De gemeente", en: "The municipality" },
    group: "care",
    description: {
      nl: "Sinds 2015 hoort de aanpak van uitbuiting ook bij de taken van de gemeente. De gemeente zorgt voor ondersteuning en opvang van slachtoffers. Die rol is nog in ontwikkeling, bijvoorbeeld op het gebied van signaleren en van regels en beleid.",
      en: "Since 2015, tackling exploitation has also been a task of the municipality. The municipality arranges support and shelter for victims. That role is still being developed, for example in spotting exploitation and in rules and policy.",
    },
    phones: [],
    emails: [],
  },

  // Preventie en training
  {
    id: "ambiq-girls-talk-plus",
    organisationId: "ambiq",
    name: { nl: "Girls Talk+ (Ambiq)", en: "Girls Talk+ (Ambiq)" },
    group: "prevention",
    description: {
      nl: "Een preventieve training over seksualiteit voor laagopgeleide meiden die meer risico lopen om seksueel grensoverschrijdend gedrag mee te maken of zelf te doen. De training maakt meiden weerbaarder en werkt aan hun seksuele gezondheid en welzijn. Ambiq geeft deze training aan meiden met een LVB.",
      en: "A preventive training on sexuality for girls with little formal education who are at higher risk of experiencing or committing sexually harmful behaviour. It strengthens the girls and works on their sexual health and well-being. Ambiq gives this training to girls with an LVB.",
    },
    eligibility: { genders: ["female"], lvb: true },
    phones: [],
    emails: [],
  },
  {
    id: "ambiq-make-a-move-plus",
    organisationId: "ambiq",
    name: { nl: "Make a Move+ (Ambiq)", en: "Make a Move+ (Ambiq)" },
    group: "prevention",
    description: {
      nl: "Een training over relaties, seksualiteit, grenzen en zelfvertrouwen. Jongens leren hun seksualiteit en relaties op een veilige en respectvolle manier te ontdekken.",
      en: "A training on relationships, sexuality, boundaries and self-confidence. Boys learn to explore their sexuality and relationships in a safe and respectful way.",
    },
    eligibility: { genders: ["male"], minimumAge: 14, maximumAge: 18, maximumAgeInclusive: false, lvb: true },
    phones: [],
    emails: [],
  },
  {
    id: "watch-nederland",
    organisationId: "watch-nederland",
    name: { nl: "WATCH Nederland (Terre des Hommes)", en: "WATCH Nederland (Terre des Hommes)" },
    group: "prevention",
    description: {
      nl: "Een project van Terre des Hommes tegen seksuele uitbuiting van minderjarigen in Nederland. WATCH helpt 'loverboys' en mensenhandelaren op te sporen, ontmoedigt de vraag naar seks met minderjarigen en maakt jongeren bewust van seksuele uitbuiting. Dat doet WATCH in nauwe samenwerking met de politie.",
      en: "A Terre des Hommes project against sexual exploitation of minors in the Netherlands. WATCH helps to track down 'loverboys' and traffickers, discourages demand, and makes young people aware of sexual exploitation, in close cooperation with the police.",
    },
    area: { kind: "national" },
    phones: [],
    emails: [],
  },
  {
    id: "ckm",
    organisationId: "ckm",
    name: {
      nl: "Centrum tegen Kinderhandel en Mensenhandel (CKM)",
      en: "Centrum tegen Kinderhandel en Mensenhandel (CKM)",
    },
    group: "prevention",
    description: {
      nl: "Het CKM hoort bij Fier en doet onderzoek naar uitbuiting. Die onderzoeken vergroten de kennis over uitbuiting en verbeteren de aanpak. Samen met het Rode Kruis en Fier maakte het CKM een training voor docenten. De rapporten van het CKM staan in de bibliotheek.",
      en: "CKM is part of Fier and researches exploitation. Its studies add to what we know about exploitation and improve the approach. Together with the Red Cross and Fier, CKM developed a training for teachers. CKM's reports are in the library.",
    },
    phones: [],
    emails: [],
  },
];
