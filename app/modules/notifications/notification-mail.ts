import type { NotificationKind } from "./tables";

/**
 * The e-mails of the notifications (pure, Dutch B1). They name the case
 * only by its pseudonym and link to it; never any other case content.
 */
export interface ComposedMail {
  subject: string;
  text: string;
}

const footer = [
  "",
  "Je krijgt dit bericht omdat je met deze casus werkt in Zicht.",
  "Alle meldingen voor jou staan ook in Zicht onder 'Meldingen'.",
];

const about: Record<Exclude<NotificationKind, "task_overdue">, { subject: string; line: string }> = {
  approval_requested: {
    subject: "Casus {pseudonym}: goedkeuring gevraagd",
    line: "Er is gevraagd om casus {pseudonym} af te sluiten. Wil je kijken of je het goedkeurt?",
  },
  case_closed: {
    subject: "Casus {pseudonym} is gesloten",
    line: "Casus {pseudonym} is gesloten.",
  },
  sent_back: {
    subject: "Casus {pseudonym}: afsluiten teruggestuurd",
    line: "De aandachtsfunctionaris heeft het afsluiten van casus {pseudonym} teruggestuurd. In de casus staat waarom.",
  },
  report_outcome: {
    subject: "Casus {pseudonym}: uitkomst is melden",
    line: "Volgens het afwegingskader meld je casus {pseudonym} bij Veilig Thuis. Wil je meekijken?",
  },
};

export function notificationMail(
  kind: Exclude<NotificationKind, "task_overdue">,
  pseudonym: string,
  link: string,
): ComposedMail {
  const fill = (text: string) => text.replaceAll("{pseudonym}", pseudonym);
  return {
    subject: fill(about[kind].subject),
    text: ["Hallo,", "", fill(about[kind].line), "", "Open de casus:", link, ...footer].join("\n"),
  };
}

export interface OverdueTask {
  pseudonym: string;
  dueOn: string;
  link: string;
}

/** One e-mail with all of a person's overdue tasks (count and links), or none when there are none. */
export function digestMail(tasks: readonly OverdueTask[], listLink: string): ComposedMail | undefined {
  if (tasks.length === 0) return undefined;
  const count = tasks.length === 1 ? "1 taak" : `${tasks.length} taken`;
  return {
    subject: `Zicht: ${count} over tijd`,
    text: [
      "Hallo,",
      "",
      `Je hebt ${count} die over tijd ${tasks.length === 1 ? "is" : "zijn"}:`,
      "",
      ...tasks.map(
        (task) => `- Casus ${task.pseudonym} (moest af op ${dutchDate(task.dueOn)}): ${task.link}`,
      ),
      "",
      "Al je taken:",
      listLink,
      ...footer,
    ].join("\n"),
  };
}

const months = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];

/** "2026-12-03" → "3 december 2026". */
export function dutchDate(day: string): string {
  const [year, month, date] = day.split("-").map(Number);
  return `${date} ${months[(month ?? 1) - 1]} ${year}`;
}

/** The calendar day (YYYY-MM-DD) of `now` in the Netherlands: the day of a digest. */
export function digestDay(now: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
  return parts;
}
