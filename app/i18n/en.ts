import type { MessageKey } from "./nl";

/** English UI strings; the same keys as `nl.ts`. */
export const en: Record<MessageKey, string> = {
  "app.name": "Zicht",
  "app.tagline": "Insight into exploitation of young people with a mild intellectual disability",
  "app.titleSuffix": "Zicht",

  "shell.skipLink": "Skip to main content",
  "shell.mainNav": "Main menu",
  "shell.homeLink": "Zicht, to the home page",
  "shell.breadcrumbs": "Breadcrumbs",
  "shell.breadcrumbHome": "Home",
  "shell.language": "Language",
  "shell.switchTo": "Nederlands",
  "shell.switchToLabel": "Schakel naar Nederlands",
  "shell.footerHeading": "About Zicht",
  "shell.footerText":
    "Zicht helps professionals recognise and tackle exploitation of young people with a mild intellectual disability (LVB). Its knowledge comes from public sources, such as the page LVB & Uitbuiting of the Landelijk Kenniscentrum LVB. The texts and instruments in Zicht are our own.",
  "shell.footerHelpHeading": "Need help now?",
  "shell.footerLicence": "Open source under the EUPL-1.2 licence.",

  "nav.home": "Home",
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
    "Questionnaires that put signals in order and give you clear advice on the next step.",
  "home.offer.knowledge.title": "Knowledge base",
  "home.offer.knowledge.text":
    "What is exploitation, why do young people with an LVB run more risk, and what does the reporting code say?",
  "home.offer.library.title": "Library",
  "home.offer.library.text": "Webinars, videos, trainings, teaching packages and research in one place.",
  "home.offer.youth.title": "For young people",
  "home.offer.youth.text": "Explanations in easy language, with pictures and read-aloud.",
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
  "error.title": "Something went wrong",
  "error.text":
    "An error occurred on our side. It is not your fault. Please try again in a few minutes.",
  "error.urgent": "Do you need help now? Call 112 in immediate danger.",
  "error.home": "Go to the home page",
};
