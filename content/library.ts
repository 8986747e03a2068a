import type { LibraryItem } from "../app/modules/knowledge/library";

/**
 * Every webinar, video, guide, tool, dossier, teaching package, training,
 * podcast, factsheet and report named on the source page "LVB & Uitbuiting"
 * (Landelijk Kenniscentrum LVB). Titles, makers and years as given there;
 * where the source names no maker or year, the field is left out. Summaries
 * are our own. No links yet: the source gives none we can check.
 */
const kenniscentrumAndKoraal = "Landelijk Kenniscentrum LVB en Koraal";
const videoSeries = "Videoserie LVB & uitbuiting";
const webinarMakers = "Landelijk Kenniscentrum LVB met Noord-Holland: Samen Veilig";
const koraalProject =
  "Project Preventie en behandeling (potentiële) slachtoffers seksuele uitbuiting LVB/GGZ";
const nationaalRapporteur = "Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen";
const ckm = "Centrum tegen Kinderhandel en Mensenhandel (CKM)";

export const libraryItems: LibraryItem[] = [
  // Webinars
  {
    id: "webinar-met-open-ogen",
    type: "webinar",
    title: "Met open ogen",
    maker: webinarMakers,
    audience: ["care", "education", "justice"],
    summary: {
      nl: "Over bewustwording van LVB en uitbuiting: wat een LVB is, ervaringen van ervaringsdeskundigen en hoe onderwijs, zorg en justitie kunnen samenwerken. Er is een samenvatting; de film uit het webinar was alleen te zien voor deelnemers.",
      en: "About awareness of LVB and exploitation: what an LVB is, the experiences of people with lived experience, and how education, care and justice can work together. A summary is available; the film shown in the webinar was for participants only.",
    },
  },
  {
    id: "webinar-pak-uitbuiting-aan",
    type: "webinar",
    title: "Pak uitbuiting aan",
    maker: webinarMakers,
    audience: ["care", "education", "justice"],
    summary: {
      nl: "Het vervolg op 'Met open ogen'. Met tips en hulpmiddelen om uitbuiting aan te pakken en te laten zien wat jij zelf kunt doen. Ook hiervan is een samenvatting.",
      en: "The follow-up to 'Met open ogen', with tips and tools to tackle exploitation and to show what you yourself can do. A summary is available too.",
    },
  },

  // Video's
  {
    id: "video-trailer-lvb-en-mensenhandel",
    type: "video",
    title: "LVB en Mensenhandel (trailer)",
    maker: kenniscentrumAndKoraal,
    series: videoSeries,
    audience: ["professionals"],
    summary: {
      nl: "De korte aankondiging van de videoserie over het risico op uitbuiting en het herkennen ervan. Organisaties mogen de video's vrij gebruiken.",
      en: "The short trailer of the video series on the risk of exploitation and how to recognise it. Organisations may use the videos freely.",
    },
  },
  {
    id: "video-mensenhandel-in-beeld",
    type: "video",
    title: "Mensenhandel in beeld",
    maker: kenniscentrumAndKoraal,
    series: videoSeries,
    audience: ["professionals"],
    summary: {
      nl: "Minister Dekker van Rechtsbescherming, Koraal-bestuurder Ingrid Widdershoven en oud-Nationaal Rapporteur Mensenhandel Herman Bolhaar reageren onder meer op de ervaringen van een slachtoffer van mensenhandel.",
      en: "Minister for Legal Protection Dekker, Koraal board member Ingrid Widdershoven and former National Rapporteur on Trafficking Herman Bolhaar respond, among other things, to the experiences of a victim of human trafficking.",
    },
  },
  {
    id: "video-als-je-je-leven-niet-meer-in-eigen-hand-hebt",
    type: "video",
    title: "Als je je leven niet meer in eigen hand hebt",
    maker: kenniscentrumAndKoraal,
    series: videoSeries,
    audience: ["professionals"],
    summary: {
      nl: "Een indringend gesprek met Sara, die slachtoffer werd van seksuele uitbuiting.",
      en: "A powerful interview with Sara, who became a victim of sexual exploitation.",
    },
  },
  {
    id: "video-als-je-kind-slachtoffer-is-van-mensenhandel",
    type: "video",
    title: "Als je kind slachtoffer is van mensenhandel",
    maker: kenniscentrumAndKoraal,
    series: videoSeries,
    audience: ["parents", "professionals"],
    summary: {
      nl: "Paula is de moeder van een slachtoffer. Ze vertelt wat zij heeft meegemaakt.",
      en: "Paula is the mother of a victim. She tells what she went through.",
    },
  },
  {
    id: "video-vraaggesprek-met-xavier-moonen",
    type: "video",
    title: "Vraaggesprek met Xavier Moonen",
    maker: kenniscentrumAndKoraal,
    series: videoSeries,
    audience: ["professionals"],
    summary: {
      nl: "Xavier Moonen, bijzonder hoogleraar kennisontwikkeling LVB aan de Universiteit van Amsterdam, over waarom jongeren met een LVB kwetsbaar zijn voor seksueel misbruik.",
      en: "Xavier Moonen, professor by special appointment of knowledge development on LVB at the University of Amsterdam, on why young people with an LVB are vulnerable to sexual abuse.",
    },
  },
  {
    id: "video-in-gesprek-met-herman-bolhaar",
    type: "video",
    title: "In gesprek met Herman Bolhaar",
    maker: kenniscentrumAndKoraal,
    series: videoSeries,
    audience: ["professionals"],
    summary: {
      nl: "De voormalige Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen geeft een overzicht van dit probleem in Nederland.",
      en: "The former National Rapporteur on Trafficking in Human Beings and Sexual Violence against Children gives an overview of the problem in the Netherlands.",
    },
  },
  {
    id: "video-in-gesprek-met-yassin-dagdag",
    type: "video",
    title: "In gesprek met Yassin Dagdag",
    maker: kenniscentrumAndKoraal,
    series: videoSeries,
    audience: ["professionals"],
    summary: {
      nl: "Yassin Dagdag werkt onder meer als jeugdhulpverlener bij Cordaan. Hij vertelt hoe ronselaars te werk gaan en hoe je die kennis in de hulpverlening gebruikt.",
      en: "Yassin Dagdag works, among other things, as a youth care worker at Cordaan. He explains how recruiters operate and how to use that knowledge in care.",
    },
  },

  // Handreikingen
  {
    id: "handreiking-samenwerking-zorg-en-politie",
    type: "guide",
    title: "Werken aan een goede samenwerking tussen zorgprofessionals en politie",
    audience: ["care", "justice"],
    summary: {
      nl: "Tips voor een goede samenwerking tussen zorg en politie in de regio, voor professionals die werken met (vermoedelijke) slachtoffers van mensenhandel.",
      en: "Tips for good cooperation between care and police in the region, for professionals working with (suspected) victims of human trafficking.",
    },
  },
  {
    id: "handreiking-melden-bij-comensha",
    type: "guide",
    title: "Hoe meld je (vermoedelijke) slachtoffers bij CoMensha",
    audience: ["professionals"],
    summary: {
      nl: "Legt uit hoe je een (vermoedelijk) slachtoffer meldt bij CoMensha. Melden kan alleen met toestemming en is niet verplicht.",
      en: "Explains how to report a (suspected) victim to CoMensha. Reporting needs consent and is not mandatory.",
    },
  },

  // Hulpmiddelen
  {
    id: "tool-hoe-was-jouw-dag-online",
    type: "tool",
    title: "Hoe was jouw dag online?",
    audience: ["social-domain"],
    summary: {
      nl: "Een korte, praktische tool voor professionals in het sociaal domein over de risico's voor jongeren met een LVB. Met tips om te peilen waar jongeren tegenaan lopen, een gespreksleidraad en verwijzingen naar meer informatie.",
      en: "A short, practical tool for professionals in the social domain about the risks for young people with an LVB. With tips for finding out what young people run into, a conversation guide and pointers to more information.",
    },
  },
  {
    id: "tool-11vb",
    type: "tool",
    title: "11VB",
    maker: "Koraal",
    audience: ["care", "education", "parents"],
    summary: {
      nl: "Een digitale vragenlijst waarmee professionals en docenten seksuele uitbuiting bij meisjes en jongens met een LVB kunnen signaleren. Hij heeft 11 aandachtsgebieden en geeft na het invullen advies over de volgende stap. Voor ouders en voogden is er een quickscan, en er is een e-learning over uitbuiting en de tool.",
      en: "A digital questionnaire that helps professionals and teachers spot sexual exploitation of girls and boys with an LVB. It has 11 areas of attention and gives advice on the next step once filled in. There is a quick scan for parents and guardians, and an e-learning course on exploitation and the tool.",
    },
  },
  {
    id: "tool-vlaggensysteem-op-een-bordje",
    type: "tool",
    title: "Vlaggensysteem op een bordje",
    audience: ["care"],
    summary: {
      nl: "Een aanvulling op het Vlaggensysteem van Sensoa, waarmee je seksueel gedrag beoordeelt met zes criteria en vier vlaggen. Deze versie is gemaakt voor jongeren en (jong)volwassenen die extra begeleiding nodig hebben, zoals bij een LVB: met eenvoudige woorden, beelden en praktische oefeningen.",
      en: "An addition to Sensoa's Flag System, which judges sexual behaviour with six criteria and four flags. This version is made for young people and (young) adults who need extra support, such as those with an LVB: with simple words, pictures and practical exercises.",
    },
  },

  // Dossiers
  {
    id: "dossier-jeugd-ggz-seksuele-uitbuiting",
    type: "dossier",
    title: "Kennisdossier Jeugd-ggz voor slachtoffers van seksuele uitbuiting",
    maker: "Kenniscentrum Kinder- en jeugdpsychiatrie",
    audience: ["care", "social-domain"],
    summary: {
      nl: "Online dossier over de achtergrond en aanpak van seksuele uitbuiting. Wat kunnen professionals in de jeugdzorg, jeugd-lvb-zorg, jeugd-ggz en het sociaal domein doen aan preventie, signalering, melden, ketensamenwerking, opvang en behandeling?",
      en: "Online dossier on the background of sexual exploitation and how to tackle it. What can professionals in youth care, youth LVB care, youth mental health and the social domain do about prevention, spotting, reporting, chain cooperation, shelter and treatment?",
    },
  },
  {
    id: "dossier-nji-seksuele-uitbuiting",
    type: "dossier",
    title: "Dossier Mensenhandel – seksuele uitbuiting",
    maker: "Nederlands Jeugdinstituut",
    audience: ["professionals", "policy", "young-people", "parents"],
    summary: {
      nl: "Informatie over seksuele uitbuiting voor professionals, beleidsmakers, jongeren en ouders: preventie, signalering, de rol van gemeenten, opvang en behandeling van slachtoffers, en cijfers.",
      en: "Information on sexual exploitation for professionals, policy makers, young people and parents: prevention, spotting, the role of municipalities, shelter and treatment of victims, and figures.",
    },
  },

  // Lespakketten
  {
    id: "lespakket-buit-in-de-klas",
    type: "teaching-package",
    title: "BUIT in de klas",
    maker: "Noord-Holland: Samen Veilig",
    audience: ["education", "youth-work"],
    summary: {
      nl: "Twee lessen over criminele en seksuele uitbuiting voor jongeren vanaf 10 jaar, met een film en een app waarin jongeren met de personages uit de film praten. Het lespakket is gratis aan te vragen; voor professionals is er een aparte website met onder meer een e-learning.",
      en: "Two lessons on criminal and sexual exploitation for young people aged 10 and up, with a film and an app in which they talk with the characters from the film. The package is free on request; professionals have a separate website with, among other things, an e-learning course.",
    },
  },

  // Trainingen
  {
    id: "training-verdieping-mee",
    type: "training",
    title: "Verdiepingstraining MEE",
    maker: "MEE",
    audience: ["professionals"],
    summary: {
      nl: "Een training in twee delen. Eerst leer je wat een LVB is en waarom deze groep kwetsbaar is voor uitbuiting. Daarna leer je wat seksuele uitbuiting is en hoe je het herkent.",
      en: "A training in two parts. First you learn what an LVB is and why this group is vulnerable to exploitation. Then you learn what sexual exploitation is and how to recognise it.",
    },
  },
  {
    id: "training-mensenhandel-niet-op-school",
    type: "training",
    title: "Docententraining: Mensenhandel (niet) op school",
    maker: "Rode Kruis, Centrum tegen Kinderhandel en Mensenhandel (CKM) en Fier",
    audience: ["education"],
    summary: {
      nl: "Voor docenten in het regulier en speciaal voortgezet onderwijs en de Internationale Schakelklas. Tussen januari 2021 en juli 2022 werd de training gegeven in Groningen, Friesland, Limburg, Haaglanden en Rotterdam-Rijnmond.",
      en: "For teachers in mainstream and special secondary education and international bridging classes (ISK). Between January 2021 and July 2022 the training was given in Groningen, Friesland, Limburg, Haaglanden and Rotterdam-Rijnmond.",
    },
    parts: [
      "Introductie in signalen van mensenhandel (1,5 uur)",
      "Interactieve verdiepingstraining over preventie en signalering (3 uur)",
    ],
  },

  // Podcasts
  {
    id: "podcast-na-de-daad",
    type: "podcast",
    title: "Na de daad",
    audience: ["professionals"],
    summary: {
      nl: "Je volgt een dader van seksuele uitbuiting: het misdrijf, de juridische kant en zijn jeugd. Zo krijg je zicht op de achtergrond van daders.",
      en: "You follow a perpetrator of sexual exploitation: the crime, the legal side and his childhood, giving insight into the background of perpetrators.",
    },
  },

  // Factsheets
  {
    id: "factsheet-stappenplan-vermoedens-uitbuiting",
    type: "factsheet",
    title: "Stappenplan bij vermoedens van uitbuiting",
    maker: "Koraal",
    series: koraalProject,
    audience: ["professionals"],
    summary: {
      nl: "Welke stappen zet je als je vermoedt dat een jongere wordt uitgebuit?",
      en: "Which steps do you take when you suspect that a young person is being exploited?",
    },
  },
  {
    id: "factsheet-kwetsbaarheden-signalen-jongens",
    type: "factsheet",
    title: "Kwetsbaarheden, signalen en beschermende factoren jongens",
    maker: "Koraal",
    series: koraalProject,
    audience: ["professionals"],
    summary: {
      nl: "Wat maakt jongens kwetsbaar voor uitbuiting, welke signalen kun je bij hen zien en wat beschermt hen?",
      en: "What makes boys vulnerable to exploitation, which signs can you see in them, and what protects them?",
    },
  },
  {
    id: "factsheet-11vb-analyse",
    type: "factsheet",
    title: "11VB Signaleringstool: analyse",
    maker: "Koraal",
    series: koraalProject,
    audience: ["professionals"],
    summary: {
      nl: "Een analyse van het signaleringsinstrument 11VB.",
      en: "An analysis of the 11VB screening tool.",
    },
  },

  // Rapporten (the page sorts these newest first)
  {
    id: "rapport-brede-blik-op-daderschap",
    type: "report",
    title: "Brede blik op daderschap – achtergronden van daders van binnenlandse seksuele uitbuiting",
    year: 2024,
    audience: ["professionals", "policy"],
    summary: {
      nl: "Voor het eerst is gekeken naar de criminele loopbaan van daders van seksuele uitbuiting: 630 daders zijn vergeleken met daders van andere misdrijven en met mensen zonder delict. Een aanvullende publicatie kijkt hoe vaak deze daders een LVB hebben en of ze zelf slachtoffer zijn van misdrijven.",
      en: "The first look at the criminal careers of perpetrators of sexual exploitation: 630 perpetrators were compared with perpetrators of other crimes and with people without an offence. A supplementary publication looks at how often these perpetrators have an LVB and whether they were victims of crime themselves.",
    },
  },
  {
    id: "rapport-uitbuiting-en-lvb-knelpunten",
    type: "report",
    title: "Uitbuiting & LVB. Knelpunten en aanbevelingen voor een effectievere aanpak",
    maker: "Koraal, CoMensha en Metastory Instituut",
    year: 2023,
    audience: ["professionals", "policy"],
    summary: {
      nl: "Over de aandacht die slachtoffers en daders van uitbuiting met een LVB nodig hebben. De knelpunten zijn in kaart gebracht in het Nationaal Gesprek Uitbuiting en LVB.",
      en: "On the attention that victims and perpetrators of exploitation with an LVB need. The bottlenecks were mapped in the National Conversation on Exploitation and LVB.",
    },
  },
  {
    id: "rapport-dadermonitor-2017-2021",
    type: "report",
    title: "Dadermonitor mensenhandel 2017-2021",
    maker: nationaalRapporteur,
    year: 2022,
    audience: ["professionals", "justice", "policy"],
    summary: {
      nl: "Onderzoek naar daders van verschillende vormen van uitbuiting en naar de aanpak in het strafrecht van 2017 tot en met 2021. Ruim een derde van de daders van seksuele uitbuiting pleegt binnen twee jaar opnieuw een delict.",
      en: "Research on perpetrators of different forms of exploitation and on the criminal-law approach from 2017 to 2021. More than a third of perpetrators of sexual exploitation reoffend within two years.",
    },
  },
  {
    id: "rapport-maatwerk-voor-meiden",
    type: "report",
    title: "Maatwerk voor meiden",
    maker: "Nederlands Jeugdinstituut, Universiteit van Amsterdam, NHL Stenden Hogeschool en Amsterdam UMC",
    year: 2022,
    audience: ["care", "policy"],
    summary: {
      nl: "Hoe kijken meiden die slachtoffer werden van seksuele uitbuiting naar de hulp? De hulp blijkt maatwerk. Een veilig en positief leefklimaat op de groep is een belangrijke basis, en kleinschalig wonen past mogelijk goed bij deze meiden.",
      en: "How do girls who became victims of sexual exploitation see the help they get? Help turns out to be tailor-made. A safe and positive climate in the group is an important basis, and small-scale living may suit these girls well.",
    },
  },
  {
    id: "rapport-kijken-met-andere-ogen",
    type: "report",
    title: "Kijken met andere ogen",
    maker: ckm,
    year: 2022,
    audience: ["professionals", "justice", "policy"],
    summary: {
      nl: "Onderzoek in 13 steden naar kinderen en jongeren die gedwongen worden strafbare feiten te plegen. Slachtoffers zijn vaak kwetsbaar, bijvoorbeeld door een LVB, en komen vaker als dader dan als slachtoffer in beeld. Het tweede deel laat zien dat de politie slachtoffers van criminele uitbuiting nog onvoldoende herkent.",
      en: "Research in 13 cities into children and young people forced to commit crimes. Victims are often vulnerable, for example because of an LVB, and come into view as offenders more often than as victims. The second part shows that the police are not yet well equipped to recognise victims of criminal exploitation.",
    },
  },
  {
    id: "rapport-brede-blik-op-slachtofferschap",
    type: "report",
    title: "Brede blik op slachtofferschap",
    maker: nationaalRapporteur,
    year: 2022,
    audience: ["professionals", "policy"],
    summary: {
      nl: "Onderzoek naar de achtergronden van slachtoffers van seksueel geweld tegen kinderen en van seksuele uitbuiting. Slachtoffers hebben vaker een LVB.",
      en: "Research into the backgrounds of victims of sexual violence against children and of sexual exploitation. Victims more often have an LVB.",
    },
  },
  {
    id: "rapport-mensenhandel-zichtbaar-maken",
    type: "report",
    title: "Mensenhandel zichtbaar maken",
    maker:
      "Regioplan, in opdracht van CoMensha, de Vereniging van Nederlandse Gemeenten en de gemeenten Ede en Utrecht",
    year: 2022,
    audience: ["policy"],
    summary: {
      nl: "Onderzoek naar de aanpak van mensenhandel in Ede en Utrecht. Een goede aanpak begint met zicht op mensenhandel; meer bewustwording en preventie is de eerste stap naar een gemeente zonder uitbuiting.",
      en: "Research into the approach to human trafficking in Ede and Utrecht. An effective approach starts with seeing the problem; more awareness and prevention is the first step towards a municipality free of exploitation.",
    },
  },
  {
    id: "rapport-het-misdrijf-voorbij",
    type: "report",
    title: "Het misdrijf voorbij. Een verkenning naar criminele uitbuiting in Rotterdam",
    maker: `${ckm}, in opdracht van de gemeente Rotterdam`,
    year: 2021,
    audience: ["professionals", "policy"],
    summary: {
      nl: "Meer mensen worden crimineel uitgebuit dan de officiële cijfers laten zien. Rotterdam is de eerste gemeente die dit liet onderzoeken; het rapport bevat factsheets per stadsgebied.",
      en: "More people are criminally exploited than official figures show. Rotterdam is the first municipality to commission such research; the report includes factsheets per city district.",
    },
  },
  {
    id: "rapport-slachtoffermonitor-2016-2020",
    type: "report",
    title: "Slachtoffermonitor mensenhandel 2016-2020",
    maker: nationaalRapporteur,
    year: 2021,
    audience: ["professionals", "policy"],
    summary: {
      nl: "De helft van de slachtoffers van mensenhandel wordt binnen zeven jaar opnieuw slachtoffer van een misdrijf, vaak van een ernstig delict. Vooral minderjarige slachtoffers lopen dat risico.",
      en: "Half of the victims of human trafficking become victims of a crime again within seven years, often a serious one. Victims under 18 are especially at risk.",
    },
  },
  {
    id: "rapport-signalering-en-registratie-jeugdhulp",
    type: "report",
    title: "Signalering en registratie: Slachtoffers mensenhandel in de jeugdhulpverlening",
    maker: "CoMensha, Nederlands Jeugdinstituut, Jeugdzorg Nederland en Landelijk Kenniscentrum LVB",
    year: 2021,
    audience: ["care", "policy"],
    summary: {
      nl: "Praktijkonderzoek bij vier jeugdzorginstellingen en een landelijke enquête. Het verschil tussen het geschatte en het werkelijk gemelde aantal slachtoffers blijkt groot.",
      en: "Field research at four youth care institutions and a national survey. The gap between the estimated and the actually reported number of victims turns out to be large.",
    },
    parts: [
      "Deelonderzoek 1: een praktijkonderzoek in vier jeugdinstellingen",
      "Deelonderzoek 2: een verkennend onderzoek naar optimalisering",
      "Conclusies en aanbevelingen",
    ],
  },
  {
    id: "rapport-dader-of-slachtoffer",
    type: "report",
    title: "Dader of slachtoffer? Criminele uitbuiting; verkenning onder Nederlandse scholen",
    maker: ckm,
    year: 2020,
    audience: ["education", "policy"],
    summary: {
      nl: "Een verkenning van de aard en omvang van criminele uitbuiting onder Nederlandse jongeren. 55% van de scholen maakt zich zorgen over criminele uitbuiting.",
      en: "An exploration of the nature and extent of criminal exploitation among Dutch young people. 55% of schools are worried about criminal exploitation.",
    },
  },
];
