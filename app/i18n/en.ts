import type { MessageKey } from "./nl";

/** English UI strings; the same keys as `nl.ts`. */
export const en: Record<MessageKey, string> = {
  "app.name": "Zicht",
  "app.tagline": "Insight into exploitation of young people with a mild intellectual disability",
  "app.titleSuffix": "Zicht",

  "shell.skipLink": "Skip to main content",
  "shell.mainNav": "Main menu",
  "shell.breadcrumbs": "Breadcrumbs",
  "shell.breadcrumbHome": "Home",
  "shell.switchTo": "Nederlands",
  "shell.switchToLabel": "Schakel naar Nederlands",
  "shell.footerHeading": "About Zicht",
  "shell.footerText":
    "Zicht helps professionals recognise and tackle exploitation of young people with a mild intellectual disability (LVB). Its knowledge comes from public sources, such as the page LVB & Uitbuiting of the Landelijk Kenniscentrum LVB. The texts and instruments in Zicht are our own.",
  "shell.footerHelpHeading": "Need help now?",
  "shell.footerLicence": "Open source under the EUPL-1.2 licence.",

  "nav.directory": "Directory",
  "nav.screening": "Screening",
  "nav.knowledge": "Knowledge base",
  "nav.library": "Library",
  "nav.youth": "For young people",
  "nav.parents": "For parents",
  "nav.search": "Search",
  "nav.signIn": "Sign in",

  "helplines.heading": "Need help now?",
  "helplines.call": "Call {phone}",
  "helplines.otherHeading": "Advice and reporting",

  "home.title": "Insight into exploitation",
  "home.intro":
    "Young people with a mild intellectual disability (LVB) run a higher risk of being exploited: think of loverboys, running drugs for someone else, or lending out your bank account as a money mule. Most victims are never noticed. Zicht helps you as a professional to see the signals, know what to do, and find the right help.",
  "home.offerHeading": "What is in Zicht?",
  "home.offer.directory.title": "Directory",
  "home.offer.directory.text":
    "Which organisation helps this young person, in this region? With phone numbers, ages and opening hours.",
  "home.offer.screening.title": "Screening",
  "home.offer.screening.text":
    "Which signals point to exploitation? Why does the combination matter? And what do you do when you are worried?",
  "home.offer.knowledge.title": "Knowledge base",
  "home.offer.knowledge.text":
    "What is exploitation, why do young people with an LVB run more risk, and what does the reporting code say?",
  "home.offer.library.title": "Library",
  "home.offer.library.text": "Webinars, videos, trainings, teaching packages and research in one place.",
  "home.offer.youth.title": "For young people",
  "home.offer.youth.text": "Explanations in easy language, with pictures.",
  "home.offer.parents.title": "For parents",
  "home.offer.parents.text": "What to look out for, how to talk about it, and whom to call.",
  "home.whyHeading": "Why is this needed?",
  "home.why1":
    "Young people with an LVB are easier to influence. They find it harder to see what someone intends and what the consequences are. They often have few friends, low self-esteem or a difficult home situation. Perpetrators abuse this.",
  "home.why2":
    "One signal says little. The combination of signals and sudden changes is what matters. Zicht helps you see that combination.",

  "search.title": "Search",
  "search.label": "What are you looking for?",
  "search.button": "Search",
  "search.resultsHeading": "Results for “{query}”",
  "search.noResults": "Nothing found for “{query}”. Try another word.",
  "search.tooLong": "Your search is too long. Use at most {max} characters.",

  "notFound.title": "This page does not exist",
  "notFound.text":
    "We cannot find the page you are looking for. The address may be mistyped, or the page may have moved.",
  "notFound.home": "Go to the home page",
  "request.crossSite": "This request did not come from a Zicht page and was refused.",
  "request.tooLarge": "The request is too large. Send less data at once.",
  "request.lengthRequired":
    "State the length of the request (Content-Length). We do not accept requests without one.",
  "badRequest.title": "This request is not valid",
  "badRequest.text": "The information we received is incomplete or not valid. Go back and try again.",
  "error.title": "Something went wrong",
  "error.text": "An error occurred on our side. It is not your fault. Please try again in a few minutes.",
  "error.urgent": "Do you need help now? Call 112 in immediate danger.",
  "error.home": "Go to the home page",

  "contact.callPrefix": "Call",
  "contact.mailPrefix": "E-mail",
  "page.onThisPage": "On this page",

  "directory.title": "Directory: where can you turn?",
  "directory.intro":
    "Do you suspect or know that a young person is being exploited? Find out here which organisation can help, for this young person and in this place. You see what it does, for whom, where, how to reach it and whether it is open now.",
  "directory.urgent": "Is someone in danger right now? Call {phone} straight away.",
  "directory.organisation": "Organisation",
  "directory.forWhom": "For whom",
  "directory.where": "Where",
  "directory.contact": "Contact",
  "directory.contactVia": "Contact via {organisation}",
  "directory.availability": "Available: {when}",
  "directory.noContact":
    "Our source gives no phone number or e-mail address. Look up the organisation to get in touch.",
  "directory.and": "and",
  "directory.day.MO": "Monday",
  "directory.day.TU": "Tuesday",
  "directory.day.WE": "Wednesday",
  "directory.day.TH": "Thursday",
  "directory.day.FR": "Friday",
  "directory.day.SA": "Saturday",
  "directory.day.SU": "Sunday",
  "directory.schedule.always": "day and night",
  "directory.schedule.weekly": "{days} from {opens} to {closes}",
  "directory.free": "free of charge",
  "directory.gender.female": "girls",
  "directory.gender.male": "boys",
  "directory.gender.both": "boys and girls",
  "directory.age.inclusive": "aged {min} up to and including {max}",
  "directory.age.exclusive": "aged {min} to {max}",
  "directory.age.from": "aged {min} and over",
  "directory.age.until": "under {max}",
  "directory.age.untilInclusive": "up to and including age {max}",
  "directory.lvb": "with an LVB",
  "directory.area.national": "the whole of the Netherlands",
  "directory.aboutList": "About this overview",
  "directory.incomplete":
    'This overview is not complete. Do you know of help that is missing? E-mail your suggestion to info@kenniscentrumlvb.nl. Is something wrong about an organisation? Use "Is something wrong?" on the page of that help.',
  "directory.sourceNote":
    "The details come from the page LVB & Uitbuiting of the Landelijk Kenniscentrum LVB. Services and contact times can change, so check them with the organisation itself.",

  "directory.borderline": "also borderline intellectual functioning (IQ 70–85)",
  "directory.area.unknown": "Our source does not name an area. Check with the organisation.",
  "directory.helpType": "Type of help",
  "directory.forms": "Form of exploitation",
  "directory.access": "Access",
  "directory.program": "Programme",
  "directory.programs": "Programmes",
  "directory.locations": "Locations",
  "directory.alsoKnownAs": "Also known as",
  "directory.partOf": "Part of",
  "directory.parts": "Parts",
  "directory.open.open": "Open now",
  "directory.open.closed": "Closed now",
  "directory.assured": "Details checked on {date}.",
  "directory.assured.outdated": "Possibly out of date: details last checked on {date}.",
  "directory.rank.local": "In this municipality or region",
  "directory.rank.province": "In this province",
  "directory.rank.national": "National",
  "directory.rank.unknown": "Area unknown",
  "directory.search.heading": "Find help",
  "directory.search.q.label": "What are you looking for?",
  "directory.search.q.hint":
    "Just type what you need, for example: jongen 15 Leeuwarden seksuele uitbuiting (boy, 15, Leeuwarden, sexual exploitation).",
  "directory.search.place.label": "Place",
  "directory.search.place.hint": "A municipality or province, or a CBS code such as GM0080.",
  "directory.search.age.label": "Age of the young person",
  "directory.search.age.hint": "In whole years, for example 15.",
  "directory.search.gender.legend": "The young person is a",
  "directory.search.gender.any": "Does not matter",
  "directory.search.gender.female": "Girl",
  "directory.search.gender.male": "Boy",
  "directory.search.gender.x": "Other (X)",
  "directory.search.more.legend": "More",
  "directory.search.lvb": "With expertise in LVB",
  "directory.search.openNow": "Open now (by phone)",
  "directory.search.submit": "Search",
  "directory.search.reset": "Clear all",
  "directory.search.errors": "Please check your search:",
  "directory.place.ambiguous": "Which place do you mean?",
  "directory.place.unknown":
    "We do not know the place '{name}'. Check the spelling, or choose one of the suggestions.",
  "directory.place.suggestions": "Do you mean one of these places?",
  "directory.results.count": "{count} results",
  "directory.results.one": "1 result",
  "directory.results.recognised": "We searched for: {items}",
  "directory.results.recognisedAge": "age {age}",
  "directory.results.none": "We found no help that matches all your choices.",
  "directory.results.widenIntro": "Search more widely:",
  "directory.results.nationalHint":
    "National help, such as Veilig Thuis (0800-2000) and the police (0900-8844), is always available. Search without a place to see all national help.",
  "directory.widen.place": "Without a place ({count})",
  "directory.widen.age": "Without an age ({count})",
  "directory.widen.gender": "For any gender ({count})",
  "directory.widen.text": "Without search words ({count})",
  "directory.widen.openNow": "Also when closed now ({count})",
  "directory.widen.lvb": "Also without LVB expertise ({count})",
  "directory.widen.terms": "All types of help and forms of exploitation ({count})",
  "directory.pagination.label": "Result pages",
  "directory.pagination.previous": "Previous page",
  "directory.pagination.next": "Next page",
  "directory.pagination.status": "Page {page} of {count}",
  "directory.service.crumb": "Help",
  "directory.service.pageTitle": "{name} – Directory",
  "directory.service.back": "Back to the directory search",
  "directory.organisation.services": "Help from {name}",
  "directory.organisation.noServices": "The directory lists no help from this organisation yet.",
  "directory.organisation.noContact":
    "Our source gives no general phone number or e-mail address. See the help listed below.",
  "directory.suggest.heading": "Is something wrong?",
  "directory.suggest.intro":
    "Do you see a mistake, such as an old phone number? Let us know. An editor checks your suggestion. Only then do we change anything.",
  "directory.suggest.field": "What is wrong?",
  "directory.suggest.field.name": "The name",
  "directory.suggest.field.description": "The description",
  "directory.suggest.field.phone": "The phone number",
  "directory.suggest.field.email": "The e-mail address",
  "directory.suggest.field.openingHours": "The opening hours",
  "directory.suggest.field.age": "Who it is for (age, target group)",
  "directory.suggest.field.area": "The area",
  "directory.suggest.field.other": "Something else",
  "directory.suggest.value": "What should it be?",
  "directory.suggest.explanation": "Explanation (optional)",
  "directory.suggest.email": "Your e-mail address (optional)",
  "directory.suggest.emailHint":
    "Only needed if we want to ask you about your suggestion. We use it for nothing else.",
  "directory.suggest.submit": "Send suggestion",
  "directory.suggest.thanks": "Thank you. We have received your suggestion. An editor will look at it.",
  "directory.suggest.fixErrors":
    "Your suggestion has not been sent yet. Please correct the fields with an error message.",
  "directory.suggest.tooMany":
    "You sent many suggestions in a short time. Please try again in {minutes} minutes.",
  "screening.title": "Screening: recognising exploitation",
  "screening.intro":
    "Exploitation is often hard to see. Young people rarely talk about it themselves: sometimes they do not see themselves as a victim, sometimes they do not dare to say it. That is why it matters that you watch for signals and know what to do next.",
  "screening.instruments":
    "In Zicht we are also building our own tools for this: a signal list for professionals, a short questionnaire for parents, and a tool for judging sexual behaviour with flags.",
  "screening.principles.heading": "How does screening work?",
  "screening.principles.1": "One signal proves nothing. Many signals can have another cause too.",
  "screening.principles.2":
    "Watch for combinations of signals and for sudden changes. They tell you more than one signal on its own.",
  "screening.principles.3":
    "Seeing no signals? That does not mean all is well. Exploitation can stay hidden for a long time.",
  "screening.principles.4":
    "It can go fast. In half of 25 Dutch police case files studied, the grooming phase took less than a week. So do not wait.",
  "screening.principles.5":
    "Write down what you see and hear, with the date. That way you can show later what has changed.",
  "screening.groups.heading": "Signals by topic",
  "screening.groups.intro":
    "These are the areas where you may see signals, each with a few examples. The list is not complete: also take your own feeling that something is wrong seriously.",
  "screening.protective.heading": "What protects a young person?",
  "screening.protective.intro":
    "Some things make a young person stronger. They do not remove the risk, but they do make it smaller. So also look at what is going well, and build on it.",
  "screening.meldcode.heading": "The reporting code in five steps",
  "screening.meldcode.intro":
    "Do you suspect exploitation? As a professional you follow the reporting code for domestic violence and child abuse (Meldcode). In short:",
  "screening.meldcode.step1": "Map the signals and write them down.",
  "screening.meldcode.step2":
    "Consult a colleague or the safeguarding officer. If needed, ask Veilig Thuis or a forensic doctor for advice.",
  "screening.meldcode.step3":
    "Talk with the young person, and if possible with the parents. Skip this conversation only if it would put someone in danger.",
  "screening.meldcode.step4": "Weigh up the situation with the decision framework (afwegingskader).",
  "screening.meldcode.step5": "Decide: organise help, make a report to Veilig Thuis, or both.",
  "screening.meldcode.framework":
    "The decision framework has been mandatory since 1 January 2019 and consists of five questions. Is there acute or structural unsafety? Are you unable to offer or organise enough help yourself? Is the help not accepted, or does it not work in time? Then you report to Veilig Thuis.",
  "screening.now.heading": "Are you worried right now?",
  "screening.now.danger": "Is someone in danger right now? Call {phone}.",
  "screening.now.sexualViolence":
    "Has the young person recently experienced sexual violence? Call the Centrum Seksueel Geweld (Sexual Assault Centre): {phone}.",
  "screening.now.advice":
    "In doubt? Ask Veilig Thuis for advice: {phone}. You can also talk through signs of sexual exploitation with Koraal's consultation line.",
  "screening.now.police":
    "Do you suspect exploitation? Call the police on {phone} and ask for a human trafficking detective or expert of the AVIM department.",
  "screening.now.directory":
    "All organisations, with phone numbers and e-mail addresses, are in the directory.",
  "screening.now.directoryLink": "Go to the directory",

  "knowledge.title": "Knowledge base: what you need to know about exploitation",
  "knowledge.intro":
    "A short explanation of what exploitation is, why young people with an LVB run more risk and how recruiters operate. With the key figures, each with its year and source.",
  "knowledge.what.heading": "What is exploitation?",
  "knowledge.what.1":
    "In exploitation, someone abuses another person to gain from it themselves, usually to make money.",
  "knowledge.what.2":
    "All forms of exploitation have something in common. The perpetrator deceives, blackmails or forces the victim to do something. And the perpetrator gets paid for it.",
  "knowledge.forms.heading": "Forms of exploitation",
  "knowledge.forms.sexual.title": "Sexual exploitation",
  "knowledge.forms.sexual.text":
    "Someone is deceived or forced into sexual acts, and someone else profits from it. Terms such as loverboy problems and forced prostitution refer to this.",
  "knowledge.forms.criminal.title": "Criminal exploitation",
  "knowledge.forms.criminal.text":
    "Someone is forced to commit crimes for someone else. Think of running drugs, lending out your bank account as a money mule, or stealing.",
  "knowledge.forms.labour.title": "Labour exploitation",
  "knowledge.forms.labour.text":
    "Exploitation through work outside the sex industry. The perpetrator profits from the victim's work.",
  "knowledge.forms.trafficking.title": "Human trafficking",
  "knowledge.forms.trafficking.text":
    "Human trafficking (mensenhandel) is the term used in criminal law. It covers four forms of exploitation. CoMensha records them as sexual exploitation, labour exploitation, criminal exploitation and organ removal.",
  "knowledge.forms.focus": "Zicht is mainly about sexual and criminal exploitation of young people.",
  "knowledge.risk.heading": "Why do young people with an LVB run more risk?",
  "knowledge.risk.intro":
    "Young people with an LVB become involved in sexual or criminal exploitation more often: as a victim, as a perpetrator, or both. They are behind socially, emotionally and cognitively, and in how they take part in society. That makes them easier to win over or recruit. Some examples:",
  "knowledge.risk.1": "They are more easily influenced.",
  "knowledge.risk.2":
    "They find it harder to see what someone intends and what the consequences of something are.",
  "knowledge.risk.3": "They often have few people around them.",
  "knowledge.risk.4": "They often have low self-esteem.",
  "knowledge.risk.5":
    "They more often grow up in a complicated family situation and have more often experienced trauma.",
  "knowledge.risk.other":
    "An LVB is not the only risk factor. Psychological problems, debts and addiction also make people vulnerable to exploitation. These problems are more common among people with an LVB.",
  "knowledge.risk.everyone":
    "Young people and adults without an LVB can become victims too. So watch for signals with everyone.",
  "knowledge.recruiters.heading": "How do recruiters operate?",
  "knowledge.recruiters.intro":
    "Perpetrators look for young people who are vulnerable. They often work step by step:",
  "knowledge.recruiters.1":
    "Winning over. The perpetrator is very nice and gives attention, compliments, presents or money. Contact can also start online.",
  "knowledge.recruiters.2":
    "Creating dependence. The young person falls in love or finally feels seen. Old friends drop out of the picture. Sometimes the young person ends up owing the perpetrator money.",
  "knowledge.recruiters.3":
    "Asking something back. Then the perpetrator wants something in return: sex with others, delivering drugs or using a bank account.",
  "knowledge.recruiters.4":
    "Holding on. Through deception, blackmail or force, the perpetrator makes sure the young person no longer dares to stop.",
  "knowledge.recruiters.fast":
    "This can go fast, sometimes in less than a week. Victims often do not see themselves as victims and do not dare to ask for help. In criminal exploitation they often first come to attention as a suspect. That is how exploitation can go on for a long time.",
  "knowledge.recruiters.video":
    "You can hear more about how recruiters work in the video ‘In gesprek met Yassin Dagdag’.",
  "knowledge.recruiters.videoLink": "The video is in the library",
  "knowledge.figures.heading": "Figures",
  "knowledge.figures.intro":
    "Exploitation often stays hidden. The figures below are therefore estimates, or only the cases that are known. Each figure shows its year and source.",
  "knowledge.figures.topic.scale": "How big is the problem?",
  "knowledge.figures.topic.registrations": "Registrations with CoMensha",
  "knowledge.figures.topic.criminal": "Criminal exploitation",
  "knowledge.figures.topic.perpetrators": "Perpetrators",
  "knowledge.figures.topic.victims": "Victims",
  "knowledge.figures.year": "Year: {year}",
  "knowledge.figures.yearUnknown": "Year: not stated in our source",
  "knowledge.figures.source": "Source: {source}",
  "knowledge.next.heading": "What can you do?",
  "knowledge.next.intro":
    "Knowing how exploitation works is the first step. We are adding pages per topic to the knowledge base. In the meantime, continue with:",
  "knowledge.next.screening": "Recognising signals and the reporting code",
  "knowledge.next.directory": "Organisations that can help you",
  "knowledge.next.library": "Webinars, trainings and reports",

  "library.title": "Library",
  "library.intro":
    "Webinars, videos, guides, tools, dossiers, teaching packages, trainings, a podcast, factsheets and reports on LVB and exploitation. Each item shows who made it, who it is for and what it is about.",
  "library.noLinks":
    "There are no links yet: search for the title with the maker. We will add links once we have checked them. After that you will also be able to filter the library by type, audience and topic.",
  "library.typesNav": "Types of material",
  "library.typeCount": "{type} ({count})",
  "library.type.webinar": "Webinars",
  "library.type.video": "Videos",
  "library.type.guide": "Guides",
  "library.type.tool": "Tools",
  "library.type.dossier": "Dossiers",
  "library.type.teaching-package": "Teaching packages",
  "library.type.training": "Trainings",
  "library.type.podcast": "Podcasts",
  "library.type.factsheet": "Factsheets",
  "library.type.report": "Reports and research",
  "library.reportsOrder": "The newest reports are at the top.",
  "library.maker": "Maker",
  "library.year": "Year",
  "library.audience": "For",
  "library.series": "Part of",
  "library.parts": "Parts",
  "library.audience.professionals": "professionals",
  "library.audience.care": "care",
  "library.audience.education": "education",
  "library.audience.justice": "police and justice",
  "library.audience.social-domain": "social domain",
  "library.audience.youth-work": "youth work",
  "library.audience.policy": "policy",
  "library.audience.parents": "parents",
  "library.audience.young-people": "young people",

  "youth.title": "Exploitation: what is it?",
  "youth.intro1": "Exploitation means: someone uses you.",
  "youth.intro2": "That person wants to gain from it. Often they want to make money from you.",
  "youth.how.heading": "How does it happen?",
  "youth.how.1":
    "First someone is very nice. He gives you lots of attention. He says you are pretty or cool.",
  "youth.how.2": "Then you get presents. For example clothes, a phone or money.",
  "youth.how.3":
    "After that he wants something back. You have to have sex with other people. Or you have to deliver drugs. Or he wants your bank card.",
  "youth.how.4": "Do you say no? Then he gets angry. Or he makes threats. You no longer dare to stop.",
  "youth.how.who":
    "Such a person can be a man or a woman. A boy or a girl. Someone you know, or someone from the internet.",
  "youth.signs.heading": "Watch out!",
  "youth.signs.intro": "Is one of these sentences true for you?",
  "youth.signs.1": "Someone wants your contact to stay secret.",
  "youth.signs.2": "You get expensive presents. Then you have to do something in return.",
  "youth.signs.3": "You always have to answer your phone.",
  "youth.signs.4": "You have to do things you do not want to do.",
  "youth.signs.5": "You see your friends and family less.",
  "youth.signs.6": "You are scared of what happens if you say no.",
  "youth.signs.after": "Do you recognise something? Talk about it with someone you trust.",
  "youth.fault.heading": "It is never your fault",
  "youth.fault.1": "Are you being used? Then it is not your fault.",
  "youth.fault.2": "Not even if you said yes at first. Not even if you got presents.",
  "youth.fault.3": "The other person is doing something wrong. Not you.",
  "youth.help.heading": "Need help?",
  "youth.help.danger.name": "Emergency number",
  "youth.help.danger.question": "Are you in danger right now?",
  "youth.help.csg.name": "Centrum Seksueel Geweld (Sexual Assault Centre)",
  "youth.help.csg.question": "Did someone have sex with you when you did not want it? And was it recently?",
  "youth.help.vt.name": "Veilig Thuis",
  "youth.help.vt.question": "Do you want to talk about what is happening to you?",
  "youth.help.vt.extra": "Calling is free. You can call day and night.",
  "youth.help.trust":
    "Also talk with someone you trust. For example your father or mother, a teacher or your support worker.",

  "parents.title": "For parents and carers",
  "parents.intro":
    "Are you worried about your child? Or do you want to know what to look out for? Here you can read how exploitation works, which signals you may see, how to start talking about it and who can help you.",
  "parents.what.heading": "What is exploitation?",
  "parents.what.1":
    "In exploitation, someone abuses your child to gain from it themselves. Usually that person wants to make money from it.",
  "parents.what.2":
    "It can be sexual exploitation, for example by a loverboy. Or criminal exploitation: your child then has to, for example, deliver drugs or lend out a bank account.",
  "parents.what.3":
    "Young people with a mild intellectual disability (LVB) run more risk. They are more easily influenced and find it harder to see what someone intends. Perpetrators abuse this. It often starts with a lot of attention and presents.",
  "parents.signs.heading": "What can you look out for?",
  "parents.signs.1":
    "Your child has new, often older friends, or a boyfriend or girlfriend you are not allowed to meet.",
  "parents.signs.2":
    "Your child has money, clothes or expensive things and cannot explain how they got them.",
  "parents.signs.3": "Your child has a second phone, or is very secretive about their phone.",
  "parents.signs.4": "Your child stays out at night, runs away, or is picked up by people you do not know.",
  "parents.signs.5": "Your child goes to school less, or stops sports, work or hobbies.",
  "parents.signs.6":
    "Your child is suddenly quieter, more anxious or angrier, or starts using alcohol or drugs.",
  "parents.signs.7": "Your child no longer sees old friends.",
  "parents.signs.after":
    "One signal on its own does not say much. Look especially at changes and at several signals together. Write down what you see, with the date.",
  "parents.talk.heading": "How do you start a conversation?",
  "parents.talk.1": "Choose a calm moment, for example during a walk or in the car.",
  "parents.talk.2":
    "Say what you see, without blaming. For example: ‘I see you have a new phone. How did you get it?’",
  "parents.talk.3": "Ask open questions and listen. Do not get angry when your child tells you something.",
  "parents.talk.4": "Say that it is never your child's fault, and that they can always come to you.",
  "parents.talk.5":
    "Does it not work the first time? Try again later. Your child may need time to trust you.",
  "parents.act.heading": "What can you do?",
  "parents.act.danger": "Is your child in danger right now? Call {phone}.",
  "parents.act.csg":
    "Has your child recently experienced sexual violence? Call the Centrum Seksueel Geweld (Sexual Assault Centre): {phone}. Quick help matters most in the first days.",
  "parents.act.vt":
    "Are you worried and do you want advice? Call Veilig Thuis: {phone}. It is free and open day and night.",
  "parents.act.police":
    "Do you think your child is being exploited? Call the police on {phone} and ask for a human trafficking detective or expert of the AVIM department.",
  "parents.act.team":
    "Does your child have a mentor, support worker or care worker? Tell them what you see. Together you see more.",
  "parents.more.heading": "Stories and information",
  "parents.more.paula":
    "In the video ‘Als je kind slachtoffer is van mensenhandel’ (When your child is a victim of human trafficking), Paula, the mother of a victim, tells what she went through. The video is part of a series by the Landelijk Kenniscentrum LVB and Koraal.",
  "parents.more.paulaLink": "The video series is in the library",
  "parents.more.fier": "Fier's website has personal stories and information, also for parents.",
  "parents.more.quickscan":
    "Koraal's screening tool 11VB comes with a quick scan for parents and guardians. Zicht is also making its own short questionnaire for parents.",
  "parents.more.directory": "All organisations that can help are in the directory.",
  "parents.more.directoryLink": "Go to the directory",

  "signIn.title": "Sign in",
  "signIn.intro":
    "Signing in is for professionals of organisations that use Zicht for their case work. They can then keep track of a case step by step: without names, with consents and referrals.",
  "signIn.notYet":
    "This version of Zicht has no accounts yet. Signing in will become available once organisations do their case work in Zicht. You will then sign in in two steps: your password and a code from your phone.",
  "signIn.public.heading": "What works without an account",
  "signIn.public.intro": "You can use all public parts of Zicht without signing in:",
  "signIn.public.directory": "Organisations that can help you, with phone numbers and e-mail addresses.",
  "signIn.public.screening":
    "Recognising signals, what protects a young person, and the reporting code in five steps.",
  "signIn.public.knowledge":
    "What exploitation is, why young people with an LVB run more risk, and the key figures.",
  "signIn.public.library": "Webinars, videos, trainings, teaching packages and reports in one place.",
  "signIn.public.youth": "Exploitation explained in easy language, with pictures.",
  "signIn.public.parents": "What to look out for, how to talk about it, and whom to call.",
  "signIn.help":
    "Do you need help for a young person now? You do not need an account for that. In immediate danger, call {phone}.",
};
