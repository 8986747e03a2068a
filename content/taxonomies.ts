import type { Taxonomy } from "../app/modules/directory/directory-content";

/**
 * Zicht's own taxonomies for the Wegwijzer (HSDS taxonomy + taxonomy_term).
 * A service is linked to terms through HSDS `attribute` rows. Descriptions
 * are our own plain Dutch.
 */
export const taxonomies: Taxonomy[] = [
  {
    id: "hulpsoort",
    name: { nl: "Hulpsoort", en: "Type of help" },
    description: "Wat voor hulp een dienst geeft.",
    terms: [
      {
        code: "acute-hulp",
        name: { nl: "Acute hulp", en: "Urgent help" },
        description: "Hulp als iemand nu in gevaar is of kort geleden iets ergs meemaakte.",
      },
      {
        code: "consultatie-advies",
        name: { nl: "Consultatie en advies", en: "Consultation and advice" },
        description: "Overleggen over signalen of over wat je kunt doen.",
      },
      {
        code: "melden-registreren",
        name: { nl: "Melden en registreren", en: "Reporting and registration" },
        description: "Een vermoeden melden of een mogelijk slachtoffer laten registreren.",
      },
      {
        code: "behandeling",
        name: { nl: "Behandeling", en: "Treatment" },
        description: "Behandeling en begeleiding voor slachtoffers.",
      },
      {
        code: "opvang-beschermd-wonen",
        name: { nl: "Opvang en beschermd wonen", en: "Shelter and protected housing" },
        description: "Een veilige plek om te wonen.",
      },
      {
        code: "preventie-training",
        name: { nl: "Preventie en training", en: "Prevention and training" },
        description: "Trainingen die jongeren weerbaar maken of professionals scholen.",
      },
      {
        code: "zorgcoordinatie",
        name: { nl: "Zorgcoördinatie", en: "Care coordination" },
        description: "Iemand die de zorg voor een slachtoffer regelt en bewaakt.",
      },
      {
        code: "onderzoek-kennis",
        name: { nl: "Onderzoek en kennis", en: "Research and knowledge" },
        description: "Onderzoek, kennis en informatie over uitbuiting.",
      },
    ],
  },
  {
    id: "uitbuitingsvorm",
    name: { nl: "Vorm van uitbuiting", en: "Form of exploitation" },
    description: "Bij welke vorm van uitbuiting een dienst helpt.",
    terms: [
      {
        code: "seksueel",
        name: { nl: "Seksuele uitbuiting", en: "Sexual exploitation" },
        description: "Ook loverboyproblematiek en gedwongen prostitutie.",
      },
      {
        code: "crimineel",
        name: { nl: "Criminele uitbuiting", en: "Criminal exploitation" },
        description: "Bijvoorbeeld drugs vervoeren of geldezel zijn.",
      },
      {
        code: "arbeid",
        name: { nl: "Arbeidsuitbuiting", en: "Labour exploitation" },
        description: "Uitbuiting in werk buiten de seksindustrie.",
      },
      {
        code: "overig",
        name: { nl: "Andere vormen", en: "Other forms" },
        description: "Andere vormen van uitbuiting en geweld in afhankelijkheidsrelaties.",
      },
    ],
  },
  {
    id: "doelgroep",
    name: { nl: "Doelgroep", en: "Target group" },
    description: "Voor wie een dienst is.",
    terms: [
      {
        code: "meisjes-vrouwen",
        name: { nl: "Meisjes en vrouwen", en: "Girls and women" },
        description: "Alleen voor meisjes en vrouwen.",
      },
      {
        code: "jongens-mannen",
        name: { nl: "Jongens en mannen", en: "Boys and men" },
        description: "Alleen voor jongens en mannen.",
      },
      {
        code: "iedereen",
        name: { nl: "Iedereen", en: "Everyone" },
        description: "Voor iedereen, welk gender ook.",
      },
      {
        code: "lvb-expertise",
        name: { nl: "Kennis van LVB", en: "Expertise in mild intellectual disability" },
        description: "De dienst heeft kennis van jongeren met een licht verstandelijke beperking.",
      },
      {
        code: "zwakbegaafd",
        name: { nl: "Zwakbegaafd (IQ 70–85)", en: "Borderline intellectual functioning (IQ 70–85)" },
        description: "Ook voor jongeren die zwakbegaafd zijn.",
      },
      {
        code: "minderjarig",
        name: { nl: "Minderjarigen", en: "Minors" },
        description: "Voor jongeren onder de 18 jaar.",
      },
    ],
  },
  {
    id: "toegang",
    name: { nl: "Toegang", en: "Access" },
    description: "Hoe je bij een dienst terechtkomt.",
    terms: [
      {
        code: "direct",
        name: { nl: "Direct bellen of mailen", en: "Call or e-mail directly" },
        description: "Je kunt zelf bellen of mailen.",
      },
      {
        code: "via-verwijzing",
        name: { nl: "Via een verwijzing", en: "By referral" },
        description: "Een professional meldt de jongere aan.",
      },
      {
        code: "via-comensha-zorgcoordinator",
        name: { nl: "Via CoMensha of zorgcoördinator", en: "Through CoMensha or a care coordinator" },
        description:
          "CoMensha of een zorgcoördinator mensenhandel (waar de regio er een heeft) regelt de plek.",
      },
      {
        code: "alleen-professionals",
        name: { nl: "Alleen voor professionals", en: "For professionals only" },
        description: "Bedoeld voor professionals, niet voor jongeren zelf.",
      },
    ],
  },
];
