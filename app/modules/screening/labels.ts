import type { MessageKey } from "../../i18n";
import type { Urgency } from "./advice-rules";
import type { Audience, Band, FlagColour } from "./definition";

/** The words for bands, flags, urgencies and audiences (the same on the page and in the PDF). */
export const bandKeys: Record<Band, { label: MessageKey; text: MessageKey }> = {
  insufficient: { label: "screening.band.insufficient", text: "screening.band.insufficient.text" },
  none: { label: "screening.band.none", text: "screening.band.none.text" },
  possible: { label: "screening.band.possible", text: "screening.band.possible.text" },
  clear: { label: "screening.band.clear", text: "screening.band.clear.text" },
};

export const flagLabelKeys: Record<FlagColour, MessageKey> = {
  green: "screening.flag.green",
  yellow: "screening.flag.yellow",
  red: "screening.flag.red",
  black: "screening.flag.black",
};

export const urgencyKeys: Record<Urgency, MessageKey> = {
  now: "screening.result.urgency.now",
  today: "screening.result.urgency.today",
  soon: "screening.result.urgency.soon",
  later: "screening.result.urgency.later",
};

export const audienceKeys: Record<Audience, MessageKey> = {
  professional: "screening.audience.professional",
  parent: "screening.audience.parent",
  youth: "screening.audience.youth",
};
