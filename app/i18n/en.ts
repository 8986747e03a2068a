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
    "Do you suspect or know that a young person is being exploited? These national organisations can help you: with advice, with a report, or with the right help for the young person. For each one you see what it does, for whom, where, and how to reach it.",
  "directory.urgent": "Is someone in danger right now? Call {phone} straight away.",
  "directory.group.acute.title": "Acute help",
  "directory.group.acute.text": "When someone is in danger now, or has recently experienced sexual violence.",
  "directory.group.advice.title": "Advice and consultation",
  "directory.group.advice.text":
    "Unsure about signals, or not sure what the next step is? Here you can talk it through with an expert.",
  "directory.group.reporting.title": "Reporting and registration",
  "directory.group.reporting.text":
    "Where you report a suspicion of exploitation, ask for advice under the reporting code, or have a possible victim registered.",
  "directory.group.care.title": "Treatment and shelter",
  "directory.group.care.text":
    "Organisations and programmes experienced in helping young people (with an LVB) who have been exploited or are at risk.",
  "directory.group.prevention.title": "Prevention and training",
  "directory.group.prevention.text":
    "Trainings and projects that help prevent exploitation, and research that improves the approach.",
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
    "This list is not yet complete. We are extending the directory so that you can search by place, age, target group and type of help.",
  "directory.sourceNote":
    "The details come from the page LVB & Uitbuiting of the Landelijk Kenniscentrum LVB. Services and contact times can change, so check them with the organisation itself.",

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
    "What is exploitation, why do young people with an LVB run more risk, how do recruiters work and what do you do on a suspicion? Each page starts with a short summary and ends with what you can do.",
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

  "library.title": "Library",
  "library.intro":
    "Webinars, videos, guides, tools, dossiers, teaching packages, trainings, a podcast, factsheets and reports on LVB and exploitation. Each item shows who made it, who it is for and what it is about.",
  "library.noLinks":
    "There are no links yet: our source gives no addresses. Search for the title at the maker's site.",
  "library.type.webinar": "Webinar",
  "library.type.video": "Video",
  "library.type.guide": "Guide",
  "library.type.tool": "Tool",
  "library.type.dossier": "Dossier",
  "library.type.teaching-package": "Teaching package",
  "library.type.training": "Training",
  "library.type.podcast": "Podcast",
  "library.type.factsheet": "Factsheet",
  "library.type.report": "Report or study",
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
  "library.audience.parents": "parents",
  "library.audience.young-people": "young people",

  "youth.title": "For young people: what is exploitation?",
  "youth.intro1": "Exploitation means: someone uses you.",
  "youth.intro2": "That person wants to gain from it. Often they want to make money from you.",
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
  "parents.act.danger": "Is your child in danger right now? Call {phone}.",

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

  "shell.searchLabel": "Search Zicht",
  "shell.searchButton": "Find",
  "readAloud.start": "Read aloud",
  "readAloud.stop": "Stop reading",
  "print.button": "Print this page",
  "print.hint": "Want this page on paper? Use your browser's print command.",
  "page.onlyInDutch": "This page is only available in Dutch for now.",
  "page.whatCanYouDo": "What can you do?",
  "page.related": "Read more and take action",
  "page.related.instruments": "Screening tools",
  "page.related.services": "Help and advice in the directory",
  "page.related.library": "In the library",
  "page.reviewed": "Last reviewed on {date}.",
  "instrument.signalen-seksuele-uitbuiting": "Signal list: sexual exploitation",
  "instrument.signalen-criminele-uitbuiting": "Signal list: criminal exploitation",
  "instrument.quickscan-ouders": "Quick scan for parents",
  "instrument.vlaggen": "Judging sexual behaviour with flags",
  "knowledge.pagesHeading": "Topics",
  "knowledge.onlyInDutch": "The knowledge pages are only available in Dutch for now.",
  "knowledge.more.heading": "Want to know more?",
  "knowledge.more.library": "Webinars, videos, trainings and research are in the library.",
  "knowledge.more.libraryLink": "Go to the library",
  "knowledge.more.search": "Looking for something specific? Search all pages at once.",
  "knowledge.more.searchLink": "Go to search",
  "library.filter.heading": "Filter",
  "library.filter.type": "Type",
  "library.filter.audience": "For whom",
  "library.filter.form": "Topic",
  "library.filter.year": "Year",
  "library.filter.option": "{label} ({count})",
  "library.filter.all": "All",
  "library.filter.apply": "Show results",
  "library.filter.clear": "Clear all filters",
  "library.filter.invalid": "We do not know this choice. Pick a value from the list.",
  "library.results": "{count} of {total} items",
  "library.noResults": "No items match these filters. Choose fewer filters.",
  "library.order": "Newest first. Items without a year come last.",
  "library.type": "Type",
  "library.forms": "Topic",
  "library.yearUnknown": "unknown",
  "library.link": "Link",
  "library.noLink": "Our source gives no address. Search for the title at the maker's site.",
  "library.figures": "Key figures from this research",
  "library.relatedPages": "On this in the knowledge base",
  "library.back": "Back to the library",
  "library.audience.municipality": "municipality and policy",
  "library.form.sexual": "sexual exploitation",
  "library.form.criminal": "criminal exploitation",
  "library.form.labour": "labour exploitation",
  "library.form.general": "exploitation in general",
  "youth.pagesHeading": "Read more",
  "parents.pagesHeading": "Read more",
  "parents.quickscan.heading": "Quick scan for parents",
  "parents.quickscan.text":
    "Unsure whether something is wrong? A few short questions help you put your worries in order.",
  "parents.quickscan.link": "Take the quick scan",
  "search.formLabel": "Search query",
  "search.count": "{count} results.",
  "search.similar": "No results with exactly this word. These {count} results come close.",
  "search.groupHeading": "{group} ({count})",
  "search.group.kennisbank": "Knowledge base",
  "search.group.jongeren": "For young people",
  "search.group.ouders": "For parents",
  "search.group.library": "Library",
  "search.group.helpline": "Helplines",
};
