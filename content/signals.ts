import type { ProtectiveFactor, SignalGroup } from "../app/modules/screening/signal-group";

/**
 * Signal groups and protective factors for the screening page. The groups
 * are the categories used by public Dutch and UK signal lists (docs/domain.md
 * "Signals"); examples and wording are our own. These are not the items of
 * any third-party instrument.
 */
export const signalGroups: SignalGroup[] = [
  {
    id: "appearance",
    title: { nl: "Uiterlijk en lichaam", en: "Appearance and body" },
    examples: [
      {
        nl: "Een andere kledingstijl of make-up die niet past bij de leeftijd",
        en: "A different style of clothing or make-up that does not fit their age",
      },
      {
        nl: "Verwondingen of blauwe plekken zonder duidelijke uitleg",
        en: "Injuries or bruises without a clear explanation",
      },
      { nl: "Erg moe, slecht verzorgd of afgevallen", en: "Very tired, poorly cared for or losing weight" },
    ],
  },
  {
    id: "self-image",
    title: { nl: "Hoe de jongere over zichzelf denkt", en: "How the young person sees themself" },
    examples: [
      { nl: "Voelt zich waardeloos of schaamt zich", en: "Feels worthless or ashamed" },
      {
        nl: "Zegt dat alleen die ene nieuwe persoon echt om hem of haar geeft",
        en: "Says only that one new person really cares about them",
      },
      {
        nl: "Ziet zichzelf niet als slachtoffer en neemt de ander in bescherming",
        en: "Does not see themself as a victim and protects the other person",
      },
    ],
  },
  {
    id: "behaviour",
    title: { nl: "Gedrag en stemming", en: "Behaviour and mood" },
    examples: [
      {
        nl: "Is opeens stiller, angstiger of juist bozer dan eerst",
        en: "Is suddenly quieter, more anxious or angrier than before",
      },
      { nl: "Slaapt slecht, is somber of beschadigt zichzelf", en: "Sleeps badly, feels low or self-harms" },
      {
        nl: "Wordt onrustig als de telefoon gaat en moet meteen reageren",
        en: "Gets restless when the phone goes and has to respond at once",
      },
    ],
  },
  {
    id: "school",
    title: { nl: "School en dagbesteding", en: "School and daytime activities" },
    examples: [
      {
        nl: "Is vaker afwezig of te laat, zonder goede reden",
        en: "Is absent or late more often, without good reason",
      },
      {
        nl: "Haalt opeens veel lagere cijfers of doet minder mee",
        en: "Suddenly gets much lower marks or joins in less",
      },
      { nl: "Stopt met school, werk of dagbesteding", en: "Drops out of school, work or day activities" },
    ],
  },
  {
    id: "social",
    title: { nl: "Vrienden en contacten", en: "Friends and contacts" },
    examples: [
      {
        nl: "Heeft nieuwe, vaak oudere vrienden, of een 'vriendje' dat niemand kent",
        en: "Has new, often older friends, or a 'boyfriend' nobody knows",
      },
      {
        nl: "Verliest het contact met oude vrienden en familie",
        en: "Loses touch with old friends and family",
      },
      {
        nl: "Gaat om met mensen die hem of haar onder druk zetten",
        en: "Spends time with people who put pressure on them",
      },
    ],
  },
  {
    id: "online",
    title: { nl: "Online en telefoon", en: "Online and phone" },
    examples: [
      {
        nl: "Is heel geheimzinnig over telefoon of sociale media",
        en: "Is very secretive about their phone or social media",
      },
      {
        nl: "Heeft online contact met onbekenden die veel complimenten of cadeaus geven",
        en: "Is in online contact with strangers who give lots of compliments or presents",
      },
      { nl: "Heeft een tweede telefoon of nieuwe accounts", en: "Has a second phone or new accounts" },
    ],
  },
  {
    id: "missing",
    title: { nl: "Weglopen en vermissing", en: "Running away and going missing" },
    examples: [
      {
        nl: "Loopt weg van huis of de groep, of blijft 's nachts weg",
        en: "Runs away from home or the group, or stays away at night",
      },
      {
        nl: "Kan of wil niet vertellen waar hij of zij is geweest",
        en: "Cannot or will not say where they have been",
      },
      {
        nl: "Komt terug met spullen, geld of verhalen die niet kloppen",
        en: "Comes back with things, money or stories that do not add up",
      },
    ],
  },
  {
    id: "money",
    title: { nl: "Geld en spullen", en: "Money and possessions" },
    examples: [
      {
        nl: "Heeft geld, kleding of dure spullen en kan niet uitleggen hoe",
        en: "Has money, clothes or expensive things and cannot explain how",
      },
      { nl: "Krijgt steeds cadeaus van één persoon", en: "Keeps getting presents from one person" },
      { nl: "Heeft opeens schulden bij anderen", en: "Suddenly owes money to others" },
    ],
  },
  {
    id: "substances",
    title: { nl: "Alcohol en drugs", en: "Alcohol and drugs" },
    examples: [
      {
        nl: "Begint met drinken of drugs, of gebruikt meer dan eerst",
        en: "Starts drinking or using drugs, or uses more than before",
      },
      { nl: "Krijgt alcohol of drugs van nieuwe 'vrienden'", en: "Gets alcohol or drugs from new 'friends'" },
    ],
  },
  {
    id: "sex-and-love",
    title: { nl: "Denken en praten over seks en liefde", en: "Thinking and talking about sex and love" },
    examples: [
      {
        nl: "Vindt het normaal om seks te hebben als iets terug voor een cadeau of gunst",
        en: "Thinks it is normal to have sex in return for a present or a favour",
      },
      {
        nl: "Praat over een grote liefde die 'alles voor hem of haar doet'",
        en: "Talks about a great love who 'does everything for them'",
      },
      {
        nl: "Weet opvallend veel over seks, of praat er anders over dan eerst",
        en: "Knows strikingly much about sex, or talks about it differently than before",
      },
    ],
  },
  {
    id: "home",
    title: { nl: "Thuissituatie", en: "Home situation" },
    examples: [
      {
        nl: "Spanning of ruzie thuis, of weinig toezicht",
        en: "Tension or conflict at home, or little supervision",
      },
      {
        nl: "Een moeilijke overgang, zoals een verhuizing of plaatsing op een groep",
        en: "A difficult change, such as a move or a placement in a group home",
      },
      {
        nl: "Ouders of begeleiders merken dat er iets speelt, maar weten niet wat",
        en: "Parents or carers notice something is going on, but not what",
      },
    ],
  },
  {
    id: "criminal",
    criminal: true,
    title: { nl: "Vooral bij criminele uitbuiting", en: "In particular for criminal exploitation" },
    examples: [
      { nl: "Meerdere telefoons of simkaarten", en: "Several phones or SIM cards" },
      {
        nl: "Geld, kleding of spullen waar geen verklaring voor is",
        en: "Money, clothes or goods that cannot be explained",
      },
      {
        nl: "Er worden drugs, wapens of spullen van anderen bij de jongere gevonden",
        en: "Drugs, weapons or other people's goods are found on the young person",
      },
      { nl: "Wordt opgehaald met een auto of scooter", en: "Is picked up by car or scooter" },
      {
        nl: "Reist zonder duidelijke reden (bijvoorbeeld treinkaartjes) of slaapt in een hotel of vakantiehuisje",
        en: "Travels without a clear reason (train tickets, for example) or stays in a hotel or holiday home",
      },
      { nl: "Heeft schulden bij anderen", en: "Owes money to others" },
      { nl: "Moet altijd 'oproepbaar' zijn", en: "Always has to be 'on call'" },
      {
        nl: "Komt als verdachte in beeld bij de politie, terwijl hij of zij zelf slachtoffer kan zijn",
        en: "Comes to police attention as a suspect, while possibly being a victim",
      },
    ],
  },
];

export const protectiveFactors: ProtectiveFactor[] = [
  {
    id: "trusted-adult",
    text: { nl: "Een volwassene die de jongere vertrouwt", en: "An adult the young person trusts" },
  },
  {
    id: "stable-home",
    text: { nl: "Een stabiel thuis of een stabiele woongroep", en: "A stable home or living group" },
  },
  {
    id: "daytime-activity",
    text: {
      nl: "School, werk of een andere dagbesteding die de jongere belangrijk vindt",
      en: "School, work or another daytime activity the young person values",
    },
  },
  {
    id: "friends-outside",
    text: {
      nl: "Vrienden buiten de kring van mensen die risico geven",
      en: "Friends outside the circle of people who pose a risk",
    },
  },
  {
    id: "healthy-relationships",
    text: {
      nl: "Weten wat een gezonde relatie is en waar de eigen grenzen liggen",
      en: "Knowing what a healthy relationship is and where their own boundaries are",
    },
  },
];
