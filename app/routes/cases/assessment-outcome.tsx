import { useTranslate } from "../../i18n/use-translate";
import type { Band, FlagColour } from "../../modules/screening/definition";
import { bandKeys, flagLabelKeys } from "../../modules/screening/labels";
import { StatusBadge } from "../../ui/status-badge";
import { bandTones, flagTones } from "../screening/tones";

/** A stored assessment's band or flag as a badge (the history table and the assessment page). */
export function AssessmentOutcome({ band, flag }: { band: Band | null; flag: FlagColour | null }) {
  const t = useTranslate();
  if (band) return <StatusBadge tone={bandTones[band]}>{t(bandKeys[band].label)}</StatusBadge>;
  if (flag) return <StatusBadge tone={flagTones[flag]}>{t(flagLabelKeys[flag])}</StatusBadge>;
  return null;
}
