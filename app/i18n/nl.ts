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
  "request.crossSite": "Dit verzoek komt niet van een pagina van Zicht en is geweigerd.",
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
    "Vermoed of weet je dat een jongere wordt uitgebuit? Zoek hier welke organisatie kan helpen, voor deze jongere en op deze plek. Je ziet wat ze doet, voor wie, waar, hoe je ze bereikt en of ze nu open is.",
  "directory.urgent": "Is iemand nu in gevaar? Bel meteen {phone}.",
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
    'Dit overzicht is niet compleet. Weet je hulp die ontbreekt? Mail je suggestie naar info@kenniscentrumlvb.nl. Klopt er iets niet bij een organisatie? Gebruik dan "Klopt dit niet?" op de pagina van die hulp.',
  "directory.sourceNote":
    "De gegevens komen van de pagina LVB & Uitbuiting van het Landelijk Kenniscentrum LVB. Aanbod en bereikbaarheid kunnen veranderen. Check ze daarom bij de organisatie zelf.",

  "directory.borderline": "ook zwakbegaafd (IQ 70–85)",
  "directory.area.unknown": "Onze bron noemt geen werkgebied. Vraag het na bij de organisatie.",
  "directory.helpType": "Soort hulp",
  "directory.forms": "Vorm van uitbuiting",
  "directory.access": "Toegang",
  "directory.program": "Programma",
  "directory.programs": "Programma's",
  "directory.locations": "Locaties",
  "directory.alsoKnownAs": "Ook bekend als",
  "directory.partOf": "Onderdeel van",
  "directory.parts": "Onderdelen",
  "directory.open.open": "Nu open",
  "directory.open.closed": "Nu gesloten",
  "directory.assured": "Gegevens gecontroleerd op {date}.",
  "directory.assured.outdated": "Mogelijk verouderd: gegevens voor het laatst gecontroleerd op {date}.",
  "directory.rank.local": "In deze gemeente of regio",
  "directory.rank.province": "In deze provincie",
  "directory.rank.national": "Landelijk",
  "directory.rank.unknown": "Werkgebied onbekend",
  "directory.search.heading": "Zoek hulp",
  "directory.search.q.label": "Wat zoek je?",
  "directory.search.q.hint":
    "Typ gewoon wat je zoekt, bijvoorbeeld: jongen 15 Leeuwarden seksuele uitbuiting.",
  "directory.search.place.label": "Plaats",
  "directory.search.place.hint": "Een gemeente of provincie, of een CBS-code zoals GM0080.",
  "directory.search.age.label": "Leeftijd van de jongere",
  "directory.search.age.hint": "In hele jaren, bijvoorbeeld 15.",
  "directory.search.gender.legend": "De jongere is een",
  "directory.search.gender.any": "Maakt niet uit",
  "directory.search.gender.female": "Meisje",
  "directory.search.gender.male": "Jongen",
  "directory.search.gender.x": "Anders (X)",
  "directory.search.more.legend": "Verder",
  "directory.search.lvb": "Met kennis van LVB",
  "directory.search.openNow": "Nu open (telefonisch)",
  "directory.search.submit": "Zoeken",
  "directory.search.reset": "Alles wissen",
  "directory.search.errors": "Controleer je zoekopdracht:",
  "directory.place.ambiguous": "Welke plaats bedoel je?",
  "directory.place.unknown":
    "We kennen de plaats '{name}' niet. Controleer de spelling, of kies een van de suggesties.",
  "directory.place.suggestions": "Bedoel je een van deze plaatsen?",
  "directory.results.count": "{count} resultaten",
  "directory.results.one": "1 resultaat",
  "directory.results.recognised": "We zochten op: {items}",
  "directory.results.recognisedAge": "{age} jaar",
  "directory.results.none": "We vonden geen hulp die past bij al je keuzes.",
  "directory.results.widenIntro": "Zoek breder:",
  "directory.results.nationalHint":
    "Landelijke hulp, zoals Veilig Thuis (0800-2000) en de politie (0900-8844), is er altijd. Zoek zonder plaats om alle landelijke hulp te zien.",
  "directory.widen.place": "Zonder plaats ({count})",
  "directory.widen.age": "Zonder leeftijd ({count})",
  "directory.widen.gender": "Voor elk gender ({count})",
  "directory.widen.text": "Zonder zoekwoorden ({count})",
  "directory.widen.openNow": "Ook als het nu gesloten is ({count})",
  "directory.widen.lvb": "Ook zonder kennis van LVB ({count})",
  "directory.widen.terms": "Alle soorten hulp en vormen van uitbuiting ({count})",
  "directory.pagination.label": "Pagina's met resultaten",
  "directory.pagination.previous": "Vorige pagina",
  "directory.pagination.next": "Volgende pagina",
  "directory.pagination.status": "Pagina {page} van {count}",
  "directory.service.crumb": "Hulp",
  "directory.service.pageTitle": "{name} – Wegwijzer",
  "directory.service.back": "Terug naar zoeken in de wegwijzer",
  "directory.organisation.services": "Hulp van {name}",
  "directory.organisation.noServices": "In de wegwijzer staat nog geen hulp van deze organisatie.",
  "directory.organisation.noContact":
    "Onze bron noemt geen algemeen telefoonnummer of e-mailadres. Kijk bij de hulp hieronder.",
  "directory.suggest.heading": "Klopt dit niet?",
  "directory.suggest.intro":
    "Zie je een fout, zoals een oud telefoonnummer? Laat het ons weten. Een redacteur controleert je voorstel. Pas daarna veranderen we iets.",
  "directory.suggest.field": "Wat klopt er niet?",
  "directory.suggest.field.name": "De naam",
  "directory.suggest.field.description": "De beschrijving",
  "directory.suggest.field.phone": "Het telefoonnummer",
  "directory.suggest.field.email": "Het e-mailadres",
  "directory.suggest.field.openingHours": "De openingstijden",
  "directory.suggest.field.age": "Voor wie het is (leeftijd, doelgroep)",
  "directory.suggest.field.area": "Het werkgebied",
  "directory.suggest.field.other": "Iets anders",
  "directory.suggest.value": "Wat moet het zijn?",
  "directory.suggest.explanation": "Toelichting (niet verplicht)",
  "directory.suggest.email": "Je e-mailadres (niet verplicht)",
  "directory.suggest.emailHint":
    "Alleen nodig als we je iets willen vragen over je voorstel. We gebruiken het voor niets anders.",
  "directory.suggest.submit": "Voorstel versturen",
  "directory.suggest.thanks": "Dank je wel. We hebben je voorstel ontvangen. Een redacteur bekijkt het.",
  "directory.suggest.fixErrors": "Je voorstel is nog niet verstuurd. Verbeter de velden met een foutmelding.",
  "directory.suggest.tooMany":
    "Je hebt veel voorstellen kort na elkaar gestuurd. Probeer het over {minutes} minuten opnieuw.",
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
    "Hier lees je in het kort wat uitbuiting is, waarom jongeren met een LVB meer risico lopen en hoe ronselaars te werk gaan. Met de belangrijkste cijfers, steeds met jaar en bron.",
  "knowledge.what.heading": "Wat is uitbuiting?",
  "knowledge.what.1":
    "Bij uitbuiting maakt iemand misbruik van een ander om er zelf beter van te worden, meestal om er geld aan te verdienen.",
  "knowledge.what.2":
    "Alle vormen van uitbuiting hebben iets gemeen. De dader misleidt, chanteert of dwingt het slachtoffer om iets te doen. En de dader krijgt daar geld voor.",
  "knowledge.forms.heading": "Vormen van uitbuiting",
  "knowledge.forms.sexual.title": "Seksuele uitbuiting",
  "knowledge.forms.sexual.text":
    "Iemand wordt misleid of gedwongen om seksuele handelingen te doen, en een ander verdient eraan. Woorden als loverboyproblematiek en gedwongen prostitutie gaan hierover.",
  "knowledge.forms.criminal.title": "Criminele uitbuiting",
  "knowledge.forms.criminal.text":
    "Iemand wordt gedwongen om strafbare dingen te doen voor een ander. Denk aan drugs rondbrengen (drugsrunnen), je bankrekening uitlenen als geldezel, of stelen.",
  "knowledge.forms.labour.title": "Arbeidsuitbuiting",
  "knowledge.forms.labour.text":
    "Uitbuiting in werk buiten de seksindustrie. De dader verdient aan het werk van het slachtoffer.",
  "knowledge.forms.trafficking.title": "Mensenhandel",
  "knowledge.forms.trafficking.text":
    "Mensenhandel is het woord dat het strafrecht gebruikt. Daaronder vallen vier vormen van uitbuiting. CoMensha registreert ze als seksuele uitbuiting, arbeidsuitbuiting, criminele uitbuiting en het verwijderen van organen.",
  "knowledge.forms.focus": "Zicht gaat vooral over seksuele en criminele uitbuiting van jongeren.",
  "knowledge.risk.heading": "Waarom lopen jongeren met een LVB meer risico?",
  "knowledge.risk.intro":
    "Jongeren met een LVB raken vaker betrokken bij seksuele of criminele uitbuiting: als slachtoffer, als dader, of allebei. Ze lopen achter op sociaal, emotioneel en cognitief gebied en in hoe ze meedoen in de maatschappij. Daardoor zijn ze makkelijker in te palmen of te ronselen. Een paar voorbeelden:",
  "knowledge.risk.1": "Ze laten zich sneller beïnvloeden.",
  "knowledge.risk.2": "Ze zien minder goed wat iemand van plan is en wat de gevolgen van iets zijn.",
  "knowledge.risk.3": "Ze hebben vaak weinig mensen om zich heen.",
  "knowledge.risk.4": "Ze hebben vaak een laag zelfbeeld.",
  "knowledge.risk.5":
    "Ze groeien vaker op in een ingewikkelde gezinssituatie en hebben vaker trauma meegemaakt.",
  "knowledge.risk.other":
    "Een LVB is niet de enige risicofactor. Ook psychische problemen, schulden en verslaving maken mensen kwetsbaar voor uitbuiting. Die problemen komen bij mensen met een LVB vaker voor.",
  "knowledge.risk.everyone":
    "Ook jongeren en volwassenen zonder LVB kunnen slachtoffer worden. Let dus bij iedereen op signalen.",
  "knowledge.recruiters.heading": "Hoe werken ronselaars?",
  "knowledge.recruiters.intro":
    "Daders zoeken jongeren die kwetsbaar zijn. Vaak gaan ze stap voor stap te werk:",
  "knowledge.recruiters.1":
    "Inpalmen. De dader is heel aardig en geeft aandacht, complimenten, cadeaus of geld. Het contact kan ook online beginnen.",
  "knowledge.recruiters.2":
    "Afhankelijk maken. De jongere wordt verliefd of voelt zich eindelijk gezien. Oude vrienden raken uit beeld. Soms krijgt de jongere een schuld bij de dader.",
  "knowledge.recruiters.3":
    "Iets terugvragen. Dan wil de dader iets terug: seks met anderen, drugs wegbrengen of een bankrekening gebruiken.",
  "knowledge.recruiters.4":
    "Vasthouden. Met misleiding, chantage of dwang zorgt de dader ervoor dat de jongere niet meer durft te stoppen.",
  "knowledge.recruiters.fast":
    "Dit kan snel gaan, soms in minder dan een week. Slachtoffers zien zichzelf vaak niet als slachtoffer en durven geen hulp te vragen. Bij criminele uitbuiting komen ze vaak eerst als verdachte in beeld. Zo kan uitbuiting lang doorgaan.",
  "knowledge.recruiters.video":
    "Meer over de werkwijze van ronselaars hoor je in de video ‘In gesprek met Yassin Dagdag’.",
  "knowledge.recruiters.videoLink": "De video staat in de bibliotheek",
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
  "knowledge.next.heading": "Wat kun je doen?",
  "knowledge.next.intro":
    "Weten hoe uitbuiting werkt is de eerste stap. We breiden de kennisbank uit met pagina's per onderwerp. Ga intussen verder met:",
  "knowledge.next.screening": "Signalen herkennen en de Meldcode",
  "knowledge.next.directory": "Organisaties die je kunnen helpen",
  "knowledge.next.library": "Webinars, trainingen en rapporten",

  "library.title": "Bibliotheek",
  "library.intro":
    "Webinars, video's, handreikingen, hulpmiddelen, dossiers, lespakketten, trainingen, een podcast, factsheets en rapporten over LVB en uitbuiting. Bij elk item staat wie het maakte, voor wie het is en waar het over gaat.",
  "library.noLinks":
    "Links staan er nog niet bij: zoek op de titel bij de maker. We voegen links toe zodra we ze hebben gecontroleerd. Daarna kun je de bibliotheek ook filteren op soort, doelgroep en onderwerp.",
  "library.typesNav": "Soorten materiaal",
  "library.typeCount": "{type} ({count})",
  "library.type.webinar": "Webinars",
  "library.type.video": "Video's",
  "library.type.guide": "Handreikingen",
  "library.type.tool": "Hulpmiddelen",
  "library.type.dossier": "Dossiers",
  "library.type.teaching-package": "Lespakketten",
  "library.type.training": "Trainingen",
  "library.type.podcast": "Podcasts",
  "library.type.factsheet": "Factsheets",
  "library.type.report": "Rapporten en onderzoek",
  "library.reportsOrder": "De nieuwste rapporten staan bovenaan.",
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
  "library.audience.policy": "beleid",
  "library.audience.parents": "ouders",
  "library.audience.young-people": "jongeren",

  "youth.title": "Uitbuiting: wat is dat?",
  "youth.intro1": "Uitbuiting betekent: iemand gebruikt jou.",
  "youth.intro2": "Die persoon wil er zelf beter van worden. Vaak wil hij geld verdienen met jou.",
  "youth.how.heading": "Hoe gaat dat?",
  "youth.how.1":
    "Eerst is iemand heel aardig. Hij geeft je veel aandacht. Hij zegt dat je mooi of stoer bent.",
  "youth.how.2": "Dan krijg je cadeaus. Bijvoorbeeld kleren, een telefoon of geld.",
  "youth.how.3":
    "Daarna wil hij iets terug. Je moet seks hebben met andere mensen. Of je moet drugs wegbrengen. Of hij wil je bankpas.",
  "youth.how.4": "Zeg je nee? Dan wordt hij boos. Of hij dreigt. Je durft niet meer te stoppen.",
  "youth.how.who":
    "Zo iemand kan een man zijn of een vrouw. Een jongen of een meisje. Iemand die je kent, of iemand van internet.",
  "youth.signs.heading": "Let op!",
  "youth.signs.intro": "Klopt een van deze zinnen voor jou?",
  "youth.signs.1": "Iemand wil dat jullie contact geheim blijft.",
  "youth.signs.2": "Je krijgt dure cadeaus. Daarna moet je iets terugdoen.",
  "youth.signs.3": "Je moet altijd je telefoon opnemen.",
  "youth.signs.4": "Je moet dingen doen die je niet wilt.",
  "youth.signs.5": "Je ziet je vrienden en familie minder.",
  "youth.signs.6": "Je bent bang voor wat er gebeurt als je nee zegt.",
  "youth.signs.after": "Herken je iets? Praat erover met iemand die je vertrouwt.",
  "youth.fault.heading": "Het is nooit jouw schuld",
  "youth.fault.1": "Word je gebruikt? Dan is dat niet jouw schuld.",
  "youth.fault.2": "Ook niet als je eerst ja zei. Ook niet als je cadeaus hebt gekregen.",
  "youth.fault.3": "De ander doet iets fout. Niet jij.",
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
  "parents.what.heading": "Wat is uitbuiting?",
  "parents.what.1":
    "Bij uitbuiting maakt iemand misbruik van je kind om er zelf beter van te worden. Meestal wil die persoon er geld aan verdienen.",
  "parents.what.2":
    "Dat kan seksuele uitbuiting zijn, bijvoorbeeld door een loverboy. Of criminele uitbuiting: je kind moet dan bijvoorbeeld drugs rondbrengen of een bankrekening uitlenen.",
  "parents.what.3":
    "Jongeren met een licht verstandelijke beperking (LVB) lopen meer risico. Ze laten zich sneller beïnvloeden en zien minder goed wat iemand van plan is. Daders maken daar misbruik van. Vaak begint het met veel aandacht en cadeaus.",
  "parents.signs.heading": "Waar kun je op letten?",
  "parents.signs.1":
    "Je kind heeft nieuwe, vaak oudere vrienden, of een vriend of vriendin die je niet mag ontmoeten.",
  "parents.signs.2":
    "Je kind heeft geld, kleding of dure spullen en kan niet uitleggen hoe het daaraan komt.",
  "parents.signs.3": "Je kind heeft een tweede telefoon, of is heel geheimzinnig over zijn of haar telefoon.",
  "parents.signs.4":
    "Je kind blijft 's nachts weg, loopt weg, of wordt opgehaald door mensen die je niet kent.",
  "parents.signs.5": "Je kind gaat minder naar school, of stopt met sport, werk of hobby's.",
  "parents.signs.6": "Je kind is opeens stiller, angstiger of bozer, of begint met alcohol of drugs.",
  "parents.signs.7": "Je kind ziet oude vrienden niet meer.",
  "parents.signs.after":
    "Eén signaal zegt nog niet zoveel. Let vooral op veranderingen en op meerdere signalen tegelijk. Schrijf op wat je ziet, met de datum erbij.",
  "parents.talk.heading": "Hoe begin je een gesprek?",
  "parents.talk.1": "Kies een rustig moment, bijvoorbeeld tijdens een wandeling of in de auto.",
  "parents.talk.2":
    "Vertel wat je ziet, zonder te beschuldigen. Bijvoorbeeld: ‘Ik zie dat je een nieuwe telefoon hebt. Hoe kom je daaraan?’",
  "parents.talk.3": "Stel open vragen en luister. Word niet boos als je kind iets vertelt.",
  "parents.talk.4": "Zeg dat het nooit de schuld van je kind is, en dat het altijd bij je terecht kan.",
  "parents.talk.5":
    "Lukt het niet in één keer? Probeer het later opnieuw. Je kind heeft misschien tijd nodig om je te vertrouwen.",
  "parents.act.heading": "Wat kun je doen?",
  "parents.act.danger": "Is je kind nu in gevaar? Bel {phone}.",
  "parents.act.csg":
    "Heeft je kind kort geleden seksueel geweld meegemaakt? Bel het Centrum Seksueel Geweld: {phone}. Snelle hulp is vooral in de eerste dagen belangrijk.",
  "parents.act.vt":
    "Maak je je zorgen en wil je advies? Bel Veilig Thuis: {phone}. Dat is gratis en kan dag en nacht.",
  "parents.act.police":
    "Denk je dat je kind wordt uitgebuit? Bel de politie op {phone} en vraag naar een rechercheur of expert mensenhandel van de afdeling AVIM.",
  "parents.act.team":
    "Heeft je kind een mentor, begeleider of hulpverlener? Vertel wat je ziet. Samen zie je meer.",
  "parents.more.heading": "Verhalen en informatie",
  "parents.more.paula":
    "In de video ‘Als je kind slachtoffer is van mensenhandel’ vertelt Paula, de moeder van een slachtoffer, wat zij heeft meegemaakt. De video hoort bij een serie van het Landelijk Kenniscentrum LVB en Koraal.",
  "parents.more.paulaLink": "De videoserie staat in de bibliotheek",
  "parents.more.fier": "Op de website van Fier staan ervaringsverhalen en informatie, ook voor ouders.",
  "parents.more.quickscan":
    "Bij het signaleringsinstrument 11VB van Koraal hoort een quickscan voor ouders en voogden. Zicht maakt ook een eigen korte vragenlijst voor ouders.",
  "parents.more.directory": "Alle organisaties die kunnen helpen, staan in de wegwijzer.",
  "parents.more.directoryLink": "Naar de wegwijzer",

  "signIn.title": "Inloggen",
  "signIn.intro":
    "Inloggen is voor professionals van organisaties die Zicht gebruiken voor hun casuswerk. Zij houden dan een casus stap voor stap bij: zonder namen, met toestemmingen en verwijzingen erbij.",
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

  "signIn.signedOut": "Je bent uitgelogd.",
  "signIn.sessionEnded": "Je was een tijd niet actief. Log opnieuw in.",
  "signIn.failed":
    "Inloggen lukt niet met dit e-mailadres en wachtwoord. Of het account is even op slot na te veel pogingen. Probeer het later opnieuw, of vraag je beheerder om hulp.",
  "signIn.error.email": "Vul je e-mailadres in.",
  "signIn.error.password": "Vul je wachtwoord in.",
  "signIn.submit": "Inloggen",
  "signIn.forgot": "Wachtwoord vergeten?",
  "signIn.noAccount": "Nog geen account? Vraag de beheerder van je organisatie om een uitnodiging.",
  "account.tooMany": "Je hebt het te vaak geprobeerd. Wacht {minutes} minuten en probeer het dan opnieuw.",
  "account.email": "E-mailadres",
  "account.password": "Wachtwoord",
  "signIn.twoSteps":
    "Je logt in met twee stappen: eerst je e-mailadres en wachtwoord, daarna een code uit de app op je telefoon.",
  "secondFactor.title": "Code uit je app",
  "secondFactor.intro":
    "Open de app voor inlogcodes op je telefoon. Vul de code van 6 cijfers in die bij Zicht staat.",
  "secondFactor.code": "Code",
  "secondFactor.codeHint": "6 cijfers. Heb je je telefoon niet? Vul dan een van je herstelcodes in.",
  "secondFactor.error.empty": "Vul de code uit je app in.",
  "secondFactor.error.wrong":
    "Deze code klopt niet. Kijk of je de nieuwste code gebruikt en probeer het opnieuw.",
  "secondFactor.submit": "Verder",
  "secondFactor.restart": "Opnieuw beginnen met inloggen",
  "account.title": "Mijn account",
  "account.intro": "Je bent ingelogd als {email}.",
  "account.role": "Je rol: {role}.",
  "account.sessions.heading": "Waar je bent ingelogd",
  "account.sessions.intro":
    "Zie je een apparaat of tijd die je niet kent? Log dan overal uit en kies een nieuw wachtwoord.",
  "account.sessions.caption": "Je sessies",
  "account.sessions.device": "Browser",
  "account.sessions.started": "Ingelogd op",
  "account.sessions.lastSeen": "Laatst actief",
  "account.sessions.current": "Dit apparaat",
  "account.sessions.unknownDevice": "Onbekend",
  "account.signOutEverywhere": "Overal anders uitloggen",
  "account.signedOutEverywhere": "Je bent op alle andere apparaten uitgelogd.",
  "account.signOut": "Uitloggen",
  "account.toWorkspace": "Naar beheer",
  "role.professional": "professional",
  "role.safeguarding_officer": "aandachtsfunctionaris",
  "role.org_admin": "beheerder van de organisatie",
  "role.editor": "redacteur",
  "role.researcher": "onderzoeker",
  "role.platform_admin": "beheerder van Zicht",
  "invitation.title": "Je account instellen",
  "invitation.intro":
    "Welkom bij Zicht. Je maakt je account af in twee stappen: je kiest een wachtwoord en je stelt een app in die inlogcodes maakt.",
  "invitation.invalid":
    "Deze link werkt niet meer. Hij is al gebruikt of is ouder dan 3 dagen. Vraag de beheerder van je organisatie om een nieuwe uitnodiging.",
  "invitation.step1": "Stap 1: kies een wachtwoord",
  "invitation.passwordHint":
    "Minstens 12 tekens. Een zin of vier losse woorden is sterk en makkelijk te onthouden.",
  "invitation.passwordRepeat": "Wachtwoord nog een keer",
  "invitation.step2": "Stap 2: stel de app voor inlogcodes in",
  "invitation.appIntro":
    "Gebruik een app voor inlogcodes op je telefoon, zoals Microsoft Authenticator, Google Authenticator of FreeOTP. Scan de QR-code met de app.",
  "invitation.qrAlt": "QR-code om Zicht toe te voegen aan je app voor inlogcodes",
  "invitation.manual": "Lukt scannen niet? Typ dan deze sleutel in de app:",
  "invitation.code": "Code uit de app",
  "invitation.codeHint": "Vul de code van 6 cijfers in die de app nu laat zien.",
  "invitation.submit": "Account instellen",
  "invitation.done": "Je account is klaar.",
  "invitation.recoveryIntro":
    "Dit zijn je herstelcodes. Met een herstelcode kun je inloggen als je je telefoon kwijt bent. Elke code werkt één keer. Schrijf ze op of print ze, en bewaar ze op een veilige plek. Je ziet ze maar één keer.",
  "invitation.toSignIn": "Nu inloggen",
  "password.error.repeat": "De twee wachtwoorden zijn niet hetzelfde.",
  "password.error.code": "Deze code klopt niet. Vul de code in die de app nu laat zien.",
  "form.fixErrors": "Niet alles is goed ingevuld. Kijk bij de velden hieronder.",
  "password.error.short": "Kies een wachtwoord van minstens 12 tekens.",
  "password.error.long": "Kies een wachtwoord van hoogstens 200 tekens.",
  "password.error.weak":
    "Dit wachtwoord is te makkelijk te raden. Gebruik bijvoorbeeld vier losse woorden die niet bij elkaar horen.",
  "forgot.title": "Wachtwoord vergeten",
  "forgot.intro":
    "Vul je e-mailadres in. Hoort het bij een account, dan krijg je een e-mail met een link om een nieuw wachtwoord te kiezen. Je hebt daarna ook de app met inlogcodes nodig.",
  "forgot.submit": "Stuur de link",
  "forgot.sent":
    "Als dit e-mailadres bij een account hoort, is er nu een e-mail onderweg. Kijk ook in je map met ongewenste e-mail. De link werkt 2 uur.",
  "reset.title": "Nieuw wachtwoord kiezen",
  "reset.intro":
    "Kies een nieuw wachtwoord. Vul ook een code uit je app in (of een herstelcode), zodat we weten dat jij het bent.",
  "reset.invalid":
    "Deze link werkt niet meer. Hij is al gebruikt of is ouder dan 2 uur. Vraag een nieuwe link aan.",
  "reset.newLink": "Nieuwe link aanvragen",
  "reset.submit": "Wachtwoord opslaan",
  "reset.done": "Je nieuwe wachtwoord is opgeslagen. Je bent overal uitgelogd. Log opnieuw in.",
  "admin.title": "Beheer",
  "admin.intro": "Hier beheer je wat bij jouw rol hoort.",
  "admin.users.title": "Gebruikers",
  "admin.users.text": "Mensen van je organisatie uitnodigen, hun rol wijzigen of hun account uitzetten.",
  "admin.organisations.title": "Organisaties",
  "admin.organisations.text": "Organisaties die Zicht gebruiken toevoegen en bekijken.",
  "admin.suggestions.title": "Suggesties voor de wegwijzer",
  "admin.suggestions.text": "Verbeteringen die bezoekers hebben gestuurd. Neem ze over of wijs ze af.",
  "admin.audit.title": "Logboek",
  "admin.audit.text": "Wie wanneer wat deed: inloggen, uitnodigingen, rollen en wijzigingen.",
  "admin.outbox.title": "Verstuurde e-mails (test)",
  "admin.outbox.text": "Alleen in ontwikkeling en test: de e-mails die Zicht zou versturen.",
  "admin.account": "Mijn account",
  "admin.users.intro": "De mensen van {organisation} die Zicht gebruiken.",
  "admin.users.caption": "Gebruikers van je organisatie",
  "admin.users.name": "Naam",
  "admin.users.role": "Rol",
  "admin.users.status": "Status",
  "admin.users.active": "Actief",
  "admin.users.invited": "Uitgenodigd",
  "admin.users.disabled": "Uitgezet",
  "admin.users.edit": "Wijzigen",
  "admin.users.editLabel": "{email} wijzigen",
  "admin.invite.heading": "Iemand uitnodigen",
  "admin.invite.intro": "De persoon krijgt een e-mail met een link. Die werkt één keer en 3 dagen lang.",
  "admin.invite.submit": "Uitnodiging sturen",
  "admin.invite.sent": "De uitnodiging is verstuurd naar {email}.",
  "admin.invite.error.email": "Vul een geldig e-mailadres in.",
  "admin.invite.error.inUse":
    "Dit e-mailadres kan geen uitnodiging krijgen. Misschien heeft het al een account.",
  "admin.invite.error.role": "Kies een rol.",
  "admin.user.intro": "Rol: {role}. Status: {status}.",
  "admin.user.changeRole": "Rol wijzigen",
  "admin.user.saveRole": "Rol opslaan",
  "admin.user.roleChanged": "De rol is gewijzigd. De persoon moet opnieuw inloggen.",
  "admin.user.disable": "Account uitzetten",
  "admin.user.disableIntro":
    "Iemand die uit dienst gaat of Zicht niet meer nodig heeft, zet je uit. Diegene wordt meteen uitgelogd en kan niet meer inloggen.",
  "admin.user.disabled": "Het account is uitgezet.",
  "admin.user.notSelf": "Je eigen rol of account kun je hier niet wijzigen. Vraag een andere beheerder.",
  "admin.back": "Terug naar beheer",
  "admin.users.back": "Terug naar gebruikers",
  "admin.organisations.intro":
    "Organisaties die Zicht gebruiken. Elke organisatie ziet alleen haar eigen gegevens.",
  "admin.organisations.caption": "Organisaties",
  "admin.organisations.id": "Korte naam (code)",
  "admin.organisations.idHint": "Kleine letters, cijfers en streepjes, bijvoorbeeld: jeugdzorg-noord.",
  "admin.organisations.name": "Naam",
  "admin.organisations.users": "Actieve gebruikers",
  "admin.organisations.directory": "In de wegwijzer",
  "admin.organisations.directoryHint": "Optioneel: de code van deze organisatie in de wegwijzer.",
  "admin.organisations.add": "Organisatie toevoegen",
  "admin.organisations.adminEmail": "E-mailadres van de eerste beheerder",
  "admin.organisations.adminHint": "Deze persoon krijgt een uitnodiging als beheerder van de organisatie.",
  "admin.organisations.added": "De organisatie is toegevoegd en de uitnodiging is verstuurd.",
  "admin.organisations.error.id":
    "Gebruik 1 tot 80 kleine letters, cijfers en streepjes, en begin met een letter of cijfer.",
  "admin.organisations.error.idInUse": "Deze korte naam of naam bestaat al.",
  "admin.organisations.error.name": "Vul een naam in van hoogstens 200 tekens.",
  "admin.organisations.error.directory": "Deze organisatie staat niet in de wegwijzer.",
  "admin.suggestions.intro":
    "Bezoekers sturen verbeteringen met 'Klopt dit niet?'. Neem je een naam, beschrijving, telefoonnummer of e-mailadres over, dan staat de nieuwe tekst meteen in de wegwijzer. Andere suggesties verwerk je zelf.",
  "admin.suggestions.none": "Er zijn geen suggesties die wachten.",
  "admin.suggestions.now": "Nu",
  "admin.suggestions.proposed": "Voorstel",
  "admin.suggestions.explanation": "Toelichting",
  "admin.suggestions.received": "Ontvangen",
  "admin.suggestions.accept": "Overnemen",
  "admin.suggestions.acceptManual": "Markeren als verwerkt",
  "admin.suggestions.reject": "Afwijzen",
  "admin.suggestions.accepted": "De suggestie is overgenomen en staat nu in de wegwijzer.",
  "admin.suggestions.acceptedManual":
    "De suggestie is gemarkeerd als verwerkt. Pas de gegevens zelf aan als dat nog nodig is.",
  "admin.suggestions.rejected": "De suggestie is afgewezen.",
  "admin.suggestions.gone": "Over deze suggestie is al besloten.",
  "admin.audit.intro":
    "Het logboek kan niet worden gewijzigd. Er staan geen wachtwoorden, codes of inhoud van casussen in.",
  "admin.audit.introAll": "Je ziet het logboek van alle organisaties.",
  "admin.audit.caption": "De laatste 200 gebeurtenissen",
  "admin.audit.when": "Wanneer",
  "admin.audit.who": "Wie",
  "admin.audit.what": "Wat",
  "admin.audit.organisation": "Organisatie",
  "admin.audit.target": "Waarop",
  "admin.outbox.intro":
    "Er is geen mailserver ingesteld. Daarom bewaart Zicht e-mails in een map. Deze pagina bestaat alleen in ontwikkeling en test.",
  "admin.outbox.none": "Er zijn nog geen e-mails.",
  "admin.outbox.to": "Aan",
} as const;

export type MessageKey = keyof typeof nl;
