import type { Translate } from "../../i18n";
import {
  evaluateAdvice,
  type AdviceItem,
  type AdviceRule,
  type FittingService,
  type Urgency,
} from "./advice-rules";
import type { FlagColour, InstrumentDefinition } from "./definition";
import { explainFlags, judgeFlags, type FlagJudgement } from "./flags";
import type { ScoreRequest } from "./score-request";
import { explainSignals, scoreSignals, type SignalsScore } from "./scoring";

/**
 * One result, the same for the API, the result page and the PDF: the
 * score or the flag, the explanation and the advice. Pure: the services that
 * fit are looked up before and handed in.
 */

interface ResultBase {
  instrument: string;
  version: string;
  explanation: string[];
  advice: AdviceItem[];
}

export interface SignalsResult
  extends
    ResultBase,
    Pick<
      SignalsScore,
      "band" | "total" | "max" | "completeness" | "domains" | "redFlags" | "protectiveFactors"
    > {
  kind: "signals";
}

export interface FlagsResult extends ResultBase, FlagJudgement {
  kind: "flags";
}

export type ScreeningResult = SignalsResult | FlagsResult;

const flagUrgency: Record<FlagColour, Urgency> = {
  green: "later",
  yellow: "soon",
  red: "today",
  black: "now",
};

export function evaluateInstrument(
  definition: InstrumentDefinition,
  request: ScoreRequest,
  options: { rules: readonly AdviceRule[]; fittingServices: readonly FittingService[]; t: Translate },
): ScreeningResult {
  const base = { instrument: definition.id, version: definition.version };
  const adviceInput = {
    instrument: definition.id,
    audience: definition.audience,
    context: request.context,
    fittingServices: options.fittingServices,
  };
  if (definition.kind === "flags") {
    const judgement = judgeFlags(definition, request.answers, request.override);
    // The suggested response that comes with the flag, after the general rules of the same urgency.
    const flagRule: AdviceRule = {
      id: "vlag-aanpak",
      when: { flags: [judgement.flag] },
      urgency: flagUrgency[judgement.flag],
      title: options.t("screening.result.flagResponse", { flag: definition.flags[judgement.flag].label }),
      text: definition.flags[judgement.flag].response,
      contacts: [],
      services: false,
    };
    return {
      kind: "flags",
      ...base,
      ...judgement,
      explanation: explainFlags(definition, judgement, options.t),
      advice: evaluateAdvice([...options.rules, flagRule], { ...adviceInput, flag: judgement.flag }),
    };
  }
  const score = scoreSignals(definition, request.answers);
  return {
    kind: "signals",
    ...base,
    band: score.band,
    total: score.total,
    max: score.max,
    completeness: score.completeness,
    domains: score.domains,
    redFlags: score.redFlags,
    protectiveFactors: score.protectiveFactors,
    explanation: explainSignals(definition, score, options.t),
    advice: evaluateAdvice(options.rules, { ...adviceInput, band: score.band }),
  };
}
