import type { Figure } from "../app/modules/knowledge/figures";

/**
 * Key figures for the knowledge base (and later the Monitor). Every figure
 * comes from DOMAIN.md "Figures" or the source page "LVB & Uitbuiting", with
 * the year and source as given there. `year: null` means the source names no
 * year; the page then says so instead of guessing one. Labels are our own text.
 */
const nationaalRapporteur = "Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen";
const ckm = "Centrum tegen Kinderhandel en Mensenhandel (CKM)";
const registration = { nl: "registratie", en: "registration" };

export const figures: Figure[] = [
  {
    id: "estimated-victims-per-year",
    topic: "scale",
    unit: "count",
    value: 5000,
    valueTo: 7500,
    label: {
      nl: "geschatte slachtoffers van mensenhandel per jaar in Nederland. Dat is ongeveer vijf keer zoveel als er worden geregistreerd.",
      en: "estimated victims of human trafficking per year in the Netherlands. That is about five times as many as are registered.",
    },
    year: null,
    source: { publisher: nationaalRapporteur, note: { nl: "schatting", en: "estimate" } },
  },
  {
    id: "comensha-registrations-2019",
    topic: "registrations",
    unit: "count",
    value: 1372,
    label: {
      nl: "mogelijke slachtoffers van mensenhandel geregistreerd bij CoMensha",
      en: "possible victims of human trafficking registered with CoMensha",
    },
    year: 2019,
    source: { publisher: "CoMensha", note: registration },
  },
  {
    id: "comensha-registrations-2020",
    topic: "registrations",
    unit: "count",
    value: 1013,
    label: {
      nl: "mogelijke slachtoffers van mensenhandel geregistreerd bij CoMensha",
      en: "possible victims of human trafficking registered with CoMensha",
    },
    year: 2020,
    source: { publisher: "CoMensha", note: registration },
  },
  {
    id: "comensha-registrations-2021",
    topic: "registrations",
    unit: "count",
    value: 791,
    label: {
      nl: "mogelijke slachtoffers van mensenhandel geregistreerd bij CoMensha",
      en: "possible victims of human trafficking registered with CoMensha",
    },
    year: 2021,
    source: { publisher: "CoMensha", note: registration },
  },
  {
    id: "comensha-minors-2016",
    topic: "registrations",
    unit: "count",
    value: 227,
    label: {
      nl: "minderjarige mogelijke slachtoffers geregistreerd bij CoMensha",
      en: "possible victims under 18 registered with CoMensha",
    },
    year: 2016,
    source: { publisher: "CoMensha", note: registration },
  },
  {
    id: "comensha-minors-2020",
    topic: "registrations",
    unit: "count",
    value: 152,
    label: {
      nl: "minderjarige mogelijke slachtoffers geregistreerd bij CoMensha",
      en: "possible victims under 18 registered with CoMensha",
    },
    year: 2020,
    source: { publisher: "CoMensha", note: registration },
  },
  {
    id: "criminal-professionals-met-victims",
    topic: "criminal",
    unit: "fraction",
    value: 0.5,
    label: {
      nl: "van 1.600 eerstelijnsprofessionals in 13 steden was al eens een vermoedelijk slachtoffer van criminele uitbuiting tegengekomen",
      en: "of 1,600 front-line professionals in 13 cities had come across a suspected victim of criminal exploitation",
    },
    year: 2022,
    source: { publisher: ckm, reportTitle: "Kijken met andere ogen" },
  },
  {
    id: "criminal-suspected-victims",
    topic: "criminal",
    unit: "count",
    value: 2500,
    approximation: "about",
    label: {
      nl: "vermoedelijke slachtoffers van criminele uitbuiting in twee jaar, in het onderzoek in 13 steden",
      en: "suspected victims of criminal exploitation in two years, in the study in 13 cities",
    },
    year: 2022,
    source: { publisher: ckm, reportTitle: "Kijken met andere ogen" },
  },
  {
    id: "criminal-registered-victims",
    topic: "criminal",
    unit: "count",
    value: 68,
    label: {
      nl: "landelijk geregistreerde slachtoffers van criminele uitbuiting, tegenover die ongeveer 2.500 vermoedelijke slachtoffers",
      en: "victims of criminal exploitation registered nationally, against those roughly 2,500 suspected victims",
    },
    year: 2022,
    source: { publisher: ckm, reportTitle: "Kijken met andere ogen" },
  },
  {
    id: "schools-worried",
    topic: "criminal",
    unit: "percent",
    value: 55,
    label: {
      nl: "van de scholen in Nederland maakt zich zorgen over criminele uitbuiting",
      en: "of schools in the Netherlands are worried about criminal exploitation",
    },
    year: 2020,
    source: {
      publisher: ckm,
      reportTitle: "Dader of slachtoffer? Criminele uitbuiting; verkenning onder Nederlandse scholen",
    },
  },
  {
    id: "perpetrators-young",
    topic: "perpetrators",
    unit: "percent",
    value: 52,
    label: {
      nl: "van de daders van seksuele uitbuiting was jonger dan 25 jaar toen ze voor het eerst mensenhandel pleegden",
      en: "of perpetrators of sexual exploitation were younger than 25 when they first committed human trafficking",
    },
    year: 2024,
    source: { reportTitle: "Brede blik op daderschap" },
  },
  {
    id: "perpetrators-repeat-trafficking",
    topic: "perpetrators",
    unit: "percent",
    value: 24,
    label: {
      nl: "van de daders van seksuele uitbuiting pleegde opnieuw een mensenhandeldelict",
      en: "of perpetrators of sexual exploitation committed another human trafficking offence",
    },
    year: 2024,
    source: { reportTitle: "Brede blik op daderschap" },
  },
  {
    id: "perpetrators-studied",
    topic: "perpetrators",
    unit: "count",
    value: 630,
    label: {
      nl: "daders van seksuele uitbuiting onderzocht en vergeleken met daders van andere misdrijven en met mensen zonder delict",
      en: "perpetrators of sexual exploitation studied and compared with perpetrators of other crimes and with people without an offence",
    },
    year: 2024,
    source: { reportTitle: "Brede blik op daderschap" },
  },
  {
    id: "perpetrators-reoffend-two-years",
    topic: "perpetrators",
    unit: "fraction",
    value: 1 / 3,
    approximation: "more-than",
    label: {
      nl: "van de daders van seksuele uitbuiting pleegt binnen twee jaar opnieuw een delict",
      en: "of perpetrators of sexual exploitation commit another offence within two years",
    },
    year: 2022,
    source: { publisher: nationaalRapporteur, reportTitle: "Dadermonitor mensenhandel 2017-2021" },
  },
  {
    id: "victims-again-seven-years",
    topic: "victims",
    unit: "percent",
    value: 50,
    label: {
      nl: "van de slachtoffers van mensenhandel wordt binnen zeven jaar opnieuw slachtoffer van een misdrijf",
      en: "of victims of human trafficking become the victim of a crime again within seven years",
    },
    year: 2021,
    source: { publisher: nationaalRapporteur, reportTitle: "Slachtoffermonitor mensenhandel 2016-2020" },
  },
];
