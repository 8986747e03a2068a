/**
 * The helplines Zicht always shows. Facts (names, numbers) come from the
 * source page "LVB & Uitbuiting" (Landelijk Kenniscentrum LVB) and the public
 * sources in docs/domain.md ("Helplines", "Sources"); the sentences are our own.
 */
export const helplines = [
  {
    id: "alarmnummer-112",
    name: "Alarmnummer 112",
    phone: "112",
    purpose_nl: "Is iemand nu in gevaar? Bel meteen 112.",
    purpose_en: "Is someone in danger right now? Call 112 straight away.",
    availability_nl: "Dag en nacht",
    availability_en: "Day and night",
    urgent: true,
  },
  {
    id: "centrum-seksueel-geweld",
    name: "Centrum Seksueel Geweld",
    phone: "0800-0188",
    purpose_nl:
      "Heeft iemand kort geleden seksueel geweld meegemaakt? Bel zo snel mogelijk. De eerste dagen zijn belangrijk voor medische hulp en sporen. Er zijn 16 centra in Nederland.",
    purpose_en:
      "Has someone recently experienced sexual violence? Call as soon as possible. The first days matter for medical care and evidence. There are 16 centres in the Netherlands.",
    availability_nl: "Gratis nummer",
    availability_en: "Free number",
    urgent: true,
  },
  {
    id: "politie-avim",
    name: "Politie, vraag naar AVIM",
    phone: "0900-8844",
    purpose_nl:
      "Vermoed je uitbuiting? Bel de politie en vraag naar een rechercheur of expert mensenhandel van de afdeling AVIM (Vreemdelingen, Identificatie en Mensenhandel).",
    purpose_en:
      "Do you suspect exploitation? Call the police and ask for a human trafficking detective or expert of the AVIM department.",
    availability_nl: null,
    availability_en: null,
    urgent: true,
  },
  {
    id: "veilig-thuis",
    name: "Veilig Thuis",
    phone: "0800-2000",
    purpose_nl:
      "Voor advies bij zorgen over geweld of uitbuiting thuis, en om een melding te doen. Je kunt ook anoniem advies vragen.",
    purpose_en:
      "For advice when you worry about violence or exploitation at home, and to make a report. You can also ask for advice anonymously.",
    availability_nl: "Dag en nacht, gratis",
    availability_en: "Day and night, free of charge",
    urgent: false,
  },
  {
    id: "comensha",
    name: "CoMensha",
    phone: "033-4481186",
    purpose_nl:
      "Landelijk meldpunt voor uitbuiting van minderjarigen. Registreert mogelijke slachtoffers, alleen met toestemming. Coördineert de eerste opvang en zorg voor volwassen slachtoffers.",
    purpose_en:
      "National reporting point for exploitation of minors. Registers possible victims, only with consent. Coordinates first shelter and care for adult victims.",
    availability_nl: "Maandag tot en met vrijdag van 9 tot 17 uur",
    availability_en: "Monday to Friday, 9 to 5",
    urgent: false,
  },
  {
    id: "koraal-consultatielijn",
    name: "Koraal consultatielijn uitbuiting",
    phone: "088-5057410",
    purpose_nl:
      "Sparren over signalen van seksuele uitbuiting met een deskundige. Mailen kan altijd: vragenoveruitbuiting@koraal.nl.",
    purpose_en:
      "Talk through signs of sexual exploitation with an expert. E-mail is always possible: vragenoveruitbuiting@koraal.nl.",
    availability_nl: "Dinsdag en donderdag van 9 tot 12 uur",
    availability_en: "Tuesday and Thursday, 9 to 12",
    urgent: false,
  },
] as const;
