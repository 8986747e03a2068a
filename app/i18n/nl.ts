/**
 * Every Dutch UI string. Keys are grouped by area with dots. `en.ts` must
 * have exactly the same keys (the type checker enforces it).
 */
export const nl = {
  "app.name": "Zicht",
  "app.tagline": "Zicht op uitbuiting van jongeren met een LVB",
  "app.titleSuffix": "Zicht",

  "shell.skipLink": "Ga direct naar de inhoud",
  "shell.mainNav": "Hoofdmenu",
  "shell.homeLink": "Zicht, naar de startpagina",
  "shell.breadcrumbs": "Kruimelpad",
  "shell.breadcrumbHome": "Home",
  "shell.language": "Taal",
  "shell.switchTo": "English",
  "shell.switchToLabel": "Switch to English",
  "shell.footerHeading": "Over Zicht",
  "shell.footerText":
    "Zicht helpt professionals uitbuiting van jongeren met een licht verstandelijke beperking (LVB) te herkennen en aan te pakken. De kennis komt uit openbare bronnen, zoals de pagina LVB & Uitbuiting van het Landelijk Kenniscentrum LVB. De teksten en instrumenten in Zicht zijn van ons zelf.",
  "shell.footerHelpHeading": "Direct hulp nodig?",
  "shell.footerLicence": "Open source onder de EUPL-1.2-licentie.",

  "nav.home": "Home",
  "nav.directory": "Wegwijzer",
  "nav.screening": "Signaleren",
  "nav.knowledge": "Kennisbank",
  "nav.library": "Bibliotheek",
  "nav.youth": "Voor jongeren",
  "nav.parents": "Voor ouders",
  "nav.search": "Zoeken",
  "nav.signIn": "Inloggen",

  "helplines.heading": "Direct hulp nodig?",
  "helplines.call": "Bel {phone}",
  "helplines.otherHeading": "Advies en melden",

  "home.title": "Zicht op uitbuiting",
  "home.intro":
    "Jongeren met een licht verstandelijke beperking (LVB) lopen meer risico om uitgebuit te worden. Denk aan loverboys, drugs rondbrengen voor een ander of je bankrekening uitlenen als geldezel. De meeste slachtoffers komen nooit in beeld. Zicht helpt jou als professional om signalen te zien, te weten wat je moet doen en de juiste hulp te vinden.",
  "home.offerHeading": "Wat vind je in Zicht?",
  "home.offer.directory.title": "Wegwijzer",
  "home.offer.directory.text":
    "Welke organisatie helpt deze jongere, in deze regio? Met telefoonnummers, leeftijden en openingstijden.",
  "home.offer.screening.title": "Signaleren",
  "home.offer.screening.text":
    "Vragenlijsten die signalen ordenen en je een duidelijk advies geven over de volgende stap.",
  "home.offer.knowledge.title": "Kennisbank",
  "home.offer.knowledge.text":
    "Wat is uitbuiting, waarom lopen jongeren met een LVB meer risico en wat zegt de Meldcode?",
  "home.offer.library.title": "Bibliotheek",
  "home.offer.library.text": "Webinars, video's, trainingen, lespakketten en onderzoeken op een rij.",
  "home.offer.youth.title": "Voor jongeren",
  "home.offer.youth.text": "Uitleg in makkelijke taal, met plaatjes en voorlezen.",
  "home.offer.parents.title": "Voor ouders",
  "home.offer.parents.text": "Waar let je op, hoe praat je erover en wie kun je bellen?",
  "home.whyHeading": "Waarom is dit nodig?",
  "home.why1":
    "Jongeren met een LVB zijn makkelijker te beïnvloeden. Ze zien minder goed wat iemand van plan is en wat de gevolgen zijn. Vaak hebben ze weinig vrienden, een laag zelfbeeld of een moeilijke thuissituatie. Daders maken daar misbruik van.",
  "home.why2":
    "Eén signaal zegt weinig. Juist de combinatie van signalen en plotselinge veranderingen zijn belangrijk. Zicht helpt je die combinatie te zien.",

  "search.title": "Zoeken",
  "search.label": "Waar zoek je naar?",
  "search.button": "Zoeken",
  "search.resultsHeading": "Resultaten voor “{query}”",
  "search.noResults": "Niets gevonden voor “{query}”. Probeer een ander woord.",
  "search.tooLong": "Je zoekvraag is te lang. Gebruik hoogstens {max} tekens.",

  "notFound.title": "Deze pagina bestaat niet",
  "notFound.text":
    "We kunnen de pagina die je zoekt niet vinden. Misschien is het adres verkeerd getypt, of is de pagina verplaatst.",
  "notFound.home": "Ga naar de startpagina",
  "error.title": "Er ging iets mis",
  "error.text":
    "Er is een fout opgetreden aan onze kant. Het ligt niet aan jou. Probeer het over een paar minuten opnieuw.",
  "error.urgent": "Heb je nu hulp nodig? Bel 112 bij direct gevaar.",
  "error.home": "Ga naar de startpagina",
} as const;

export type MessageKey = keyof typeof nl;
