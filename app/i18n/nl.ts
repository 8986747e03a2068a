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
  "shell.breadcrumbs": "Kruimelpad",
  "shell.breadcrumbHome": "Home",
  "shell.switchTo": "English",
  "shell.switchToLabel": "Switch to English",
  "shell.footerHeading": "Over Zicht",
  "shell.footerText":
    "Zicht helpt professionals uitbuiting van jongeren met een licht verstandelijke beperking (LVB) te herkennen en aan te pakken. De kennis komt uit openbare bronnen, zoals de pagina LVB & Uitbuiting van het Landelijk Kenniscentrum LVB. De teksten en instrumenten in Zicht zijn van ons zelf.",
  "shell.footerHelpHeading": "Direct hulp nodig?",
  "shell.footerLicence": "Open source onder de EUPL-1.2-licentie.",

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
    "Welke signalen wijzen op uitbuiting? Waarom telt de combinatie? En wat doe je als je je zorgen maakt?",
  "home.offer.knowledge.title": "Kennisbank",
  "home.offer.knowledge.text":
    "Wat is uitbuiting, waarom lopen jongeren met een LVB meer risico en wat zegt de Meldcode?",
  "home.offer.library.title": "Bibliotheek",
  "home.offer.library.text": "Webinars, video's, trainingen, lespakketten en onderzoeken op een rij.",
  "home.offer.youth.title": "Voor jongeren",
  "home.offer.youth.text": "Uitleg in makkelijke taal, met plaatjes.",
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
  "request.tooLarge": "Het verzoek is te groot. Stuur minder gegevens tegelijk.",
  "request.lengthRequired":
    "Vermeld de lengte van het verzoek (Content-Length). Verzoeken zonder lengte nemen we niet aan.",
  "badRequest.title": "Dit verzoek klopt niet",
  "badRequest.text":
    "De gegevens die we kregen zijn niet compleet of niet geldig. Ga terug en probeer het opnieuw.",
  "error.title": "Er ging iets mis",
  "error.text":
    "Er is een fout opgetreden aan onze kant. Het ligt niet aan jou. Probeer het over een paar minuten opnieuw.",
  "error.urgent": "Heb je nu hulp nodig? Bel 112 bij direct gevaar.",
  "error.home": "Ga naar de startpagina",

  "contact.callPrefix": "Bel",
  "contact.mailPrefix": "Mail naar",
  "page.onThisPage": "Op deze pagina",

  "directory.title": "Wegwijzer: waar kun je terecht?",
  "directory.intro":
    "Vermoed of weet je dat een jongere wordt uitgebuit? Deze landelijke organisaties kunnen je helpen: met advies, bij een melding of met de juiste hulp voor de jongere. Per organisatie zie je wat ze doet, voor wie, waar, en hoe je ze bereikt.",
  "directory.urgent": "Is iemand nu in gevaar? Bel meteen {phone}.",
  "directory.group.acute.title": "Acute hulp",
  "directory.group.acute.text":
    "Als iemand nu gevaar loopt, of kort geleden seksueel geweld heeft meegemaakt.",
  "directory.group.advice.title": "Advies en consultatie",
  "directory.group.advice.text":
    "Twijfel je over signalen, of weet je niet wat de volgende stap is? Hier kun je sparren met een deskundige.",
  "directory.group.reporting.title": "Melden en registreren",
  "directory.group.reporting.text":
    "Hier meld je een vermoeden van uitbuiting, vraag je advies volgens de Meldcode of laat je een mogelijk slachtoffer registreren.",
  "directory.group.care.title": "Behandeling en opvang",
  "directory.group.care.text":
    "Organisaties en programma's met ervaring in hulp aan jongeren (met een LVB) die zijn uitgebuit of dat risico lopen.",
  "directory.group.prevention.title": "Preventie en training",
  "directory.group.prevention.text":
    "Trainingen en projecten die uitbuiting helpen voorkomen, en onderzoek dat de aanpak beter maakt.",
  "directory.organisation": "Organisatie",
  "directory.forWhom": "Voor wie",
  "directory.where": "Waar",
  "directory.contact": "Contact",
  "directory.contactVia": "Contact via {organisation}",
  "directory.availability": "Bereikbaar: {when}",
  "directory.noContact":
    "Onze bron noemt geen telefoonnummer of e-mailadres. Zoek de organisatie op om contact op te nemen.",
  "directory.and": "en",
  "directory.day.MO": "maandag",
  "directory.day.TU": "dinsdag",
  "directory.day.WE": "woensdag",
  "directory.day.TH": "donderdag",
  "directory.day.FR": "vrijdag",
  "directory.day.SA": "zaterdag",
  "directory.day.SU": "zondag",
  "directory.schedule.always": "dag en nacht",
  "directory.schedule.weekly": "{days} van {opens} tot {closes} uur",
  "directory.free": "gratis",
  "directory.gender.female": "meiden",
  "directory.gender.male": "jongens",
  "directory.gender.both": "jongens en meiden",
  "directory.age.inclusive": "{min} tot en met {max} jaar",
  "directory.age.exclusive": "{min} tot {max} jaar",
  "directory.age.from": "vanaf {min} jaar",
  "directory.age.until": "tot {max} jaar",
  "directory.age.untilInclusive": "tot en met {max} jaar",
  "directory.lvb": "met een LVB",
  "directory.area.national": "heel Nederland",
  "directory.aboutList": "Over dit overzicht",
  "directory.incomplete":
    "Deze lijst is nog niet volledig. We bouwen de wegwijzer uit, zodat je kunt zoeken op woonplaats, leeftijd, doelgroep en soort hulp.",
  "directory.sourceNote":
    "De gegevens komen van de pagina LVB & Uitbuiting van het Landelijk Kenniscentrum LVB. Aanbod en bereikbaarheid kunnen veranderen. Check ze daarom bij de organisatie zelf.",

  "screening.title": "Signaleren: uitbuiting herkennen",
  "screening.intro":
    "Uitbuiting is vaak moeilijk te zien. Jongeren vertellen er zelf zelden over: soms zien ze zichzelf niet als slachtoffer, soms durven ze het niet te zeggen. Daarom is het belangrijk dat jij op signalen let en weet wat je daarna doet.",
  "screening.instruments":
    "In Zicht bouwen we hiervoor ook eigen hulpmiddelen: een signalenlijst voor professionals, een korte vragenlijst voor ouders en een hulpmiddel om seksueel gedrag te beoordelen met vlaggen.",
  "screening.principles.heading": "Hoe werkt signaleren?",
  "screening.principles.1": "Eén signaal bewijst niets. Veel signalen kunnen ook een andere oorzaak hebben.",
  "screening.principles.2":
    "Let op combinaties van signalen en op plotselinge veranderingen. Die zeggen meer dan één los signaal.",
  "screening.principles.3":
    "Zie je geen signalen? Dan weet je nog niet dat het goed gaat. Uitbuiting kan lang verborgen blijven.",
  "screening.principles.4":
    "Het kan snel gaan. In de helft van 25 onderzochte Nederlandse politiedossiers duurde het inpalmen (grooming) korter dan een week. Wacht dus niet af.",
  "screening.principles.5":
    "Schrijf op wat je ziet en hoort, met de datum erbij. Zo kun je later laten zien wat er is veranderd.",
  "screening.groups.heading": "Signalen per onderwerp",
  "screening.groups.intro":
    "Op deze onderwerpen kun je signalen zien. Bij elk onderwerp staan een paar voorbeelden. De lijst is niet compleet: neem ook je eigen gevoel serieus dat er iets niet klopt.",
  "screening.protective.heading": "Wat beschermt een jongere?",
  "screening.protective.intro":
    "Sommige dingen maken een jongere sterker. Ze halen het risico niet weg, maar maken het wel kleiner. Kijk dus ook naar wat goed gaat, en versterk dat.",
  "screening.meldcode.heading": "De Meldcode in vijf stappen",
  "screening.meldcode.intro":
    "Heb je een vermoeden van uitbuiting? Dan volg je als professional de Meldcode huiselijk geweld en kindermishandeling. In het kort:",
  "screening.meldcode.step1": "Breng de signalen in kaart en schrijf ze op.",
  "screening.meldcode.step2":
    "Overleg met een collega of met de aandachtsfunctionaris. Vraag zo nodig advies aan Veilig Thuis of aan een forensisch arts.",
  "screening.meldcode.step3":
    "Praat met de jongere, en als het kan ook met de ouders. Sla dit gesprek alleen over als het iemand in gevaar brengt.",
  "screening.meldcode.step4": "Weeg de situatie af met het afwegingskader.",
  "screening.meldcode.step5": "Beslis: organiseer hulp, doe een melding bij Veilig Thuis, of allebei.",
  "screening.meldcode.framework":
    "Het afwegingskader is sinds 1 januari 2019 verplicht en bestaat uit vijf vragen. Is er acute of structurele onveiligheid? Kun je zelf niet genoeg hulp bieden of organiseren? Wordt de hulp niet aangenomen, of helpt die niet op tijd? Dan meld je bij Veilig Thuis.",
  "screening.now.heading": "Maak je je nu zorgen?",
  "screening.now.danger": "Is iemand nu in gevaar? Bel {phone}.",
  "screening.now.sexualViolence":
    "Heeft de jongere kort geleden seksueel geweld meegemaakt? Bel het Centrum Seksueel Geweld: {phone}.",
  "screening.now.advice":
    "Twijfel je? Vraag advies aan Veilig Thuis: {phone}. Over signalen van seksuele uitbuiting kun je ook sparren met de consultatielijn van Koraal.",
  "screening.now.police":
    "Vermoed je uitbuiting? Bel de politie op {phone} en vraag naar een rechercheur of expert mensenhandel van de afdeling AVIM.",
  "screening.now.directory":
    "Alle organisaties, met telefoonnummers en e-mailadressen, vind je in de wegwijzer.",
  "screening.now.directoryLink": "Naar de wegwijzer",

  "knowledge.title": "Kennisbank: wat je moet weten over uitbuiting",
  "knowledge.intro":
    "Wat is uitbuiting, waarom lopen jongeren met een LVB meer risico, hoe werken ronselaars en wat doe je bij een vermoeden? Elke pagina begint met een korte samenvatting en eindigt met wat je kunt doen.",
  "knowledge.figures.heading": "Cijfers",
  "knowledge.figures.intro":
    "Uitbuiting blijft vaak verborgen. De cijfers hieronder zijn daarom schattingen, of alleen de gevallen die bekend zijn. Bij elk cijfer staan het jaar en de bron.",
  "knowledge.figures.topic.scale": "Hoe groot is het probleem?",
  "knowledge.figures.topic.registrations": "Registraties bij CoMensha",
  "knowledge.figures.topic.criminal": "Criminele uitbuiting",
  "knowledge.figures.topic.perpetrators": "Daders",
  "knowledge.figures.topic.victims": "Slachtoffers",
  "knowledge.figures.year": "Jaar: {year}",
  "knowledge.figures.yearUnknown": "Jaar: niet vermeld in onze bron",
  "knowledge.figures.source": "Bron: {source}",

  "library.title": "Bibliotheek",
  "library.intro":
    "Webinars, video's, handreikingen, hulpmiddelen, dossiers, lespakketten, trainingen, een podcast, factsheets en rapporten over LVB en uitbuiting. Bij elk item staat wie het maakte, voor wie het is en waar het over gaat.",
  "library.noLinks":
    "Links staan er nog niet bij: onze bron noemt geen adressen. Zoek op de titel bij de maker.",
  "library.type.webinar": "Webinar",
  "library.type.video": "Video",
  "library.type.guide": "Handreiking",
  "library.type.tool": "Hulpmiddel",
  "library.type.dossier": "Dossier",
  "library.type.teaching-package": "Lespakket",
  "library.type.training": "Training",
  "library.type.podcast": "Podcast",
  "library.type.factsheet": "Factsheet",
  "library.type.report": "Rapport of onderzoek",
  "library.maker": "Maker",
  "library.year": "Jaar",
  "library.audience": "Voor",
  "library.series": "Onderdeel van",
  "library.parts": "Onderdelen",
  "library.audience.professionals": "professionals",
  "library.audience.care": "zorg",
  "library.audience.education": "onderwijs",
  "library.audience.justice": "politie en justitie",
  "library.audience.social-domain": "sociaal domein",
  "library.audience.youth-work": "jongerenwerk",
  "library.audience.parents": "ouders",
  "library.audience.young-people": "jongeren",

  "youth.title": "Voor jongeren: uitbuiting, wat is dat?",
  "youth.intro1": "Uitbuiting betekent: iemand gebruikt jou.",
  "youth.intro2": "Die persoon wil er zelf beter van worden. Vaak wil hij geld verdienen met jou.",
  "youth.help.heading": "Hulp nodig?",
  "youth.help.danger.name": "Alarmnummer",
  "youth.help.danger.question": "Ben je nu in gevaar?",
  "youth.help.csg.name": "Centrum Seksueel Geweld",
  "youth.help.csg.question": "Had iemand seks met je terwijl je dat niet wilde? En was dat kort geleden?",
  "youth.help.vt.name": "Veilig Thuis",
  "youth.help.vt.question": "Wil je praten over wat er met jou gebeurt?",
  "youth.help.vt.extra": "Bellen is gratis. Je kunt dag en nacht bellen.",
  "youth.help.trust":
    "Praat ook met iemand die je vertrouwt. Bijvoorbeeld je vader of moeder, een leraar of je begeleider.",

  "parents.title": "Voor ouders en verzorgers",
  "parents.intro":
    "Maak je je zorgen over je kind? Of wil je weten waar je op kunt letten? Hier lees je hoe uitbuiting werkt, welke signalen je kunt zien, hoe je erover begint en wie je kan helpen.",
  "parents.act.danger": "Is je kind nu in gevaar? Bel {phone}.",

  "signIn.title": "Inloggen",
  "signIn.intro":
    "Inloggen is voor professionals van organisaties die Zicht gebruiken voor hun casuswerk. Zij houden dan een casus stap voor stap bij: zonder namen, met toestemmingen en verwijzingen erbij.",
  "signIn.notYet":
    "In deze versie van Zicht zijn er nog geen accounts. Inloggen komt beschikbaar zodra organisaties hun casuswerk in Zicht doen. Je logt dan in met twee stappen: je wachtwoord en een code van je telefoon.",
  "signIn.public.heading": "Dit werkt zonder account",
  "signIn.public.intro": "Alle openbare delen van Zicht kun je gewoon gebruiken, zonder in te loggen:",
  "signIn.public.directory": "Organisaties die je kunnen helpen, met telefoonnummers en e-mailadressen.",
  "signIn.public.screening": "Signalen herkennen, wat een jongere beschermt, en de Meldcode in vijf stappen.",
  "signIn.public.knowledge":
    "Wat uitbuiting is, waarom jongeren met een LVB meer risico lopen, en de belangrijkste cijfers.",
  "signIn.public.library": "Webinars, video's, trainingen, lespakketten en rapporten op een rij.",
  "signIn.public.youth": "Uitleg over uitbuiting in makkelijke taal, met plaatjes.",
  "signIn.public.parents": "Waar let je op, hoe praat je erover en wie kun je bellen?",
  "signIn.help":
    "Heb je nu hulp nodig voor een jongere? Daar heb je geen account voor nodig. Bel bij direct gevaar {phone}.",

  "shell.searchLabel": "Zoeken in Zicht",
  "shell.searchButton": "Zoek",
  "readAloud.start": "Lees voor",
  "readAloud.stop": "Stop met voorlezen",
  "print.button": "Print deze pagina",
  "print.hint": "Wil je deze pagina op papier? Gebruik de printfunctie van je browser.",
  "page.onlyInDutch": "Deze pagina is alleen in het Nederlands.",
  "page.whatCanYouDo": "Wat kun je doen?",
  "page.related": "Verder lezen en doen",
  "page.related.instruments": "Hulpmiddelen om te signaleren",
  "page.related.services": "Hulp en advies in de wegwijzer",
  "page.related.library": "In de bibliotheek",
  "page.reviewed": "Laatst gecontroleerd op {date}.",
  "instrument.signalen-seksuele-uitbuiting": "Signalenlijst seksuele uitbuiting",
  "instrument.signalen-criminele-uitbuiting": "Signalenlijst criminele uitbuiting",
  "instrument.quickscan-ouders": "Quickscan voor ouders",
  "instrument.vlaggen": "Seksueel gedrag beoordelen met vlaggen",
  "knowledge.pagesHeading": "Onderwerpen",
  "knowledge.onlyInDutch": "De pagina's van de kennisbank zijn nog alleen in het Nederlands.",
  "knowledge.more.heading": "Meer weten?",
  "knowledge.more.library": "Webinars, video's, trainingen en onderzoeken staan in de bibliotheek.",
  "knowledge.more.libraryLink": "Naar de bibliotheek",
  "knowledge.more.search": "Zoek je iets bepaalds? Zoek in alle pagina's tegelijk.",
  "knowledge.more.searchLink": "Naar zoeken",
  "library.filter.heading": "Filteren",
  "library.filter.type": "Soort",
  "library.filter.audience": "Voor wie",
  "library.filter.form": "Onderwerp",
  "library.filter.year": "Jaar",
  "library.filter.option": "{label} ({count})",
  "library.filter.all": "Alles",
  "library.filter.apply": "Toon resultaten",
  "library.filter.clear": "Wis alle filters",
  "library.filter.invalid": "Deze keuze kennen we niet. Kies een waarde uit de lijst.",
  "library.results": "{count} van {total} items",
  "library.noResults": "Geen items met deze filters. Kies minder filters.",
  "library.order": "Het nieuwste staat bovenaan. Items zonder jaar staan onderaan.",
  "library.type": "Soort",
  "library.forms": "Onderwerp",
  "library.yearUnknown": "onbekend",
  "library.link": "Link",
  "library.noLink": "Onze bron noemt geen adres. Zoek op de titel bij de maker.",
  "library.figures": "Kerncijfers uit dit onderzoek",
  "library.relatedPages": "Hierover in de kennisbank",
  "library.back": "Terug naar de bibliotheek",
  "library.audience.municipality": "gemeente en beleid",
  "library.form.sexual": "seksuele uitbuiting",
  "library.form.criminal": "criminele uitbuiting",
  "library.form.labour": "arbeidsuitbuiting",
  "library.form.general": "uitbuiting in het algemeen",
  "youth.pagesHeading": "Lees meer",
  "parents.pagesHeading": "Lees meer",
  "parents.quickscan.heading": "Quickscan voor ouders",
  "parents.quickscan.text":
    "Twijfel je of er iets aan de hand is? Met een paar korte vragen zet je je zorgen op een rij.",
  "parents.quickscan.link": "Doe de quickscan",
  "search.formLabel": "Zoekvraag",
  "search.count": "{count} resultaten.",
  "search.similar": "Geen resultaten met precies dit woord. Deze {count} resultaten lijken erop.",
  "search.groupHeading": "{group} ({count})",
  "search.group.kennisbank": "Kennisbank",
  "search.group.jongeren": "Voor jongeren",
  "search.group.ouders": "Voor ouders",
  "search.group.library": "Bibliotheek",
  "search.group.helpline": "Hulplijnen",
} as const;

export type MessageKey = keyof typeof nl;
