import type { Translate } from "../../i18n";
import { joinList } from "../directory/directory";
import { flagColours, type Answers, type FlagColour, type FlagsDefinition } from "./definition";
import { effectiveAnswers } from "./enable-when";

/**
 * The flag judgement (vlaggen): each criterion gets one of four flags; the
 * proposed flag is the worst criterion, never a sum. The professional may
 * choose another flag, but only with a reason. Pure: no I/O.
 */

export interface FlagOverride {
  flag: FlagColour;
  reason: string;
}

export interface FlagJudgement {
  /** The flag that holds: the override when there is one, else the proposed flag. */
  flag: FlagColour;
  /** The worst flag among the criteria. */
  proposedFlag: FlagColour;
  criteria: Array<{ id: string; flag: FlagColour }>;
  override?: FlagOverride;
}

export function flagRank(flag: FlagColour): number {
  return flagColours.indexOf(flag);
}

export function worstFlag(flags: readonly FlagColour[]): FlagColour {
  return flags.reduce<FlagColour>(
    (worst, flag) => (flagRank(flag) > flagRank(worst) ? flag : worst),
    "green",
  );
}

function isFlag(value: unknown): value is FlagColour {
  return typeof value === "string" && (flagColours as readonly string[]).includes(value);
}

/**
 * Judges the criteria that apply and have a flag. Answers are expected to be
 * valid (see parseScoreRequest, which also requires every criterion).
 */
export function judgeFlags(
  definition: FlagsDefinition,
  answers: Answers,
  override?: FlagOverride,
): FlagJudgement {
  const { answers: effective, enabled } = effectiveAnswers(definition, answers);
  const criteria = definition.domains
    .flatMap((domain) => domain.items)
    .filter((item) => enabled.has(item.id))
    .flatMap((item) => {
      const answer = effective[item.id];
      return isFlag(answer) ? [{ id: item.id, flag: answer }] : [];
    });
  const proposedFlag = worstFlag(criteria.map((criterion) => criterion.flag));
  return {
    flag: override?.flag ?? proposedFlag,
    proposedFlag,
    criteria,
    ...(override ? { override } : {}),
  };
}

/** Why this flag, in plain language. */
export function explainFlags(definition: FlagsDefinition, judgement: FlagJudgement, t: Translate): string[] {
  const texts = new Map(
    definition.domains.flatMap((domain) => domain.items.map((item) => [item.id, item.text])),
  );
  const label = (flag: FlagColour) => definition.flags[flag].label;
  const worst = judgement.criteria
    .filter((criterion) => criterion.flag === judgement.proposedFlag)
    .map((criterion) => `‘${texts.get(criterion.id) ?? criterion.id}’`);
  const lines = [
    t("screening.explain.flagProposed", {
      flag: label(judgement.proposedFlag),
      criteria: joinList(worst, t),
    }),
    t("screening.explain.flagNoSum"),
    definition.flags[judgement.proposedFlag].meaning,
  ];
  if (judgement.override) {
    lines.push(
      t("screening.explain.flagOverride", {
        flag: label(judgement.override.flag),
        reason: judgement.override.reason,
      }),
    );
  }
  return lines;
}
