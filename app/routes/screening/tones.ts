import type { Band, FlagColour } from "../../modules/screening/definition";
import type { StatusTone } from "../../ui/status-badge";

/** The colour-and-shape tone of each band and flag (always shown with its words). */
export const bandTones: Record<Band, StatusTone> = {
  insufficient: "unknown",
  none: "safe",
  possible: "warning",
  clear: "danger",
};

export const flagTones: Record<FlagColour, StatusTone> = {
  green: "safe",
  yellow: "caution",
  red: "danger",
  black: "severe",
};
