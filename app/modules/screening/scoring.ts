import type { Translate } from "../../i18n";
import {
  isKnownAnswer,
  isProtectiveItem,
  isRiskItem,
  isScoredItem,
  itemMaximum,
  itemScore,
  type Answers,
  type Band,
  type Item,
  type SignalsDefinition,
} from "./definition";
import { joinList as joinWords } from "../directory/directory";
import { effectiveAnswers } from "./enable-when";

/**
 * Scoring of a signals instrument. Pure: no I/O.
 *
 * - Only items that apply count (enableWhen); unknown is never counted as
 *   "no" or as "yes": it adds nothing and lowers completeness.
 * - Completeness is the share of the risk items that are always asked
 *   (follow-up questions excluded) answered yes or no. A follow-up question
 *   that opens up therefore never makes the picture "less complete".
 * - A red flag answered yes gives `clear` by itself. Otherwise: below the
 *   minimum completeness `insufficient`; else the total against the
 *   instrument's thresholds.
 */

export interface DomainScore {
  id: string;
  score: number;
  max: number;
  /** Scored items that apply and have a yes/no answer or a chosen option. */
  answered: number;
  /** Scored items that apply but are unanswered or answered "unknown". */
  unknown: number;
}

export interface SignalsScore {
  band: Band;
  total: number;
  max: number;
  /** 0–1, two decimals. */
  completeness: number;
  domains: DomainScore[];
  /** Red-flag items answered yes. */
  redFlags: string[];
  /** Protective factors answered yes. */
  protectiveFactors: string[];
  /** Risk items answered yes, per domain (for the explanation). */
  signalsPresent: Array<{ domainId: string; itemIds: string[] }>;
  /** Always-asked risk items: how many, and how many answered yes/no. */
  coreRiskItems: number;
  coreRiskItemsKnown: number;
}

/** Bands from low to high concern; `insufficient` says nothing about concern and sorts first. */
export const bandOrder: readonly Band[] = ["insufficient", "none", "possible", "clear"];

const round2 = (value: number) => Math.round(value * 100) / 100;

export function scoreSignals(definition: SignalsDefinition, answers: Answers): SignalsScore {
  const { answers: effective, enabled } = effectiveAnswers(definition, answers);
  const redFlags: string[] = [];
  const protectiveFactors: string[] = [];
  const signalsPresent: SignalsScore["signalsPresent"] = [];
  let coreRiskItems = 0;
  let coreRiskItemsKnown = 0;

  const domains = definition.domains.map((domain): DomainScore => {
    const result: DomainScore = { id: domain.id, score: 0, max: 0, answered: 0, unknown: 0 };
    const present: string[] = [];
    for (const item of domain.items) {
      if (!enabled.has(item.id) || !isScoredItem(item)) continue;
      const answer = effective[item.id];
      const known = isKnownAnswer(item, answer);
      const points = itemScore(item, answer);
      result.score += points;
      result.max += itemMaximum(item);
      if (known) result.answered += 1;
      else result.unknown += 1;
      if (isRiskItem(item) && !item.enableWhen) {
        coreRiskItems += 1;
        if (known) coreRiskItemsKnown += 1;
      }
      if (item.type === "signal" && item.redFlag && answer === "yes") redFlags.push(item.id);
      if (isProtectiveItem(item) && answer === "yes") protectiveFactors.push(item.id);
      if (isRiskItem(item) && points > 0) present.push(item.id);
    }
    if (present.length > 0) signalsPresent.push({ domainId: domain.id, itemIds: present });
    return { ...result, score: round2(result.score), max: round2(result.max) };
  });

  const total = round2(domains.reduce((sum, domain) => sum + domain.score, 0));
  const max = round2(domains.reduce((sum, domain) => sum + domain.max, 0));
  const completeness = coreRiskItems === 0 ? 1 : round2(coreRiskItemsKnown / coreRiskItems);
  const { possibleFrom, clearFrom, minimumCompleteness } = definition.scoring;
  let band: Band;
  if (redFlags.length > 0) band = "clear";
  else if (coreRiskItems > 0 && coreRiskItemsKnown / coreRiskItems < minimumCompleteness)
    band = "insufficient";
  else if (total >= clearFrom) band = "clear";
  else if (total >= possibleFrom) band = "possible";
  else band = "none";

  return {
    band,
    total,
    max,
    completeness,
    domains,
    redFlags,
    protectiveFactors,
    signalsPresent,
    coreRiskItems,
    coreRiskItemsKnown,
  };
}

const quoted = (text: string) => `‘${text}’`;

/** What drove the band, in plain language: band, red flags, domains and signals, protective factors, completeness. */
export function explainSignals(definition: SignalsDefinition, score: SignalsScore, t: Translate): string[] {
  const items = new Map<string, Item>(
    definition.domains.flatMap((domain) => domain.items.map((item) => [item.id, item] as const)),
  );
  const domainTitle = new Map(definition.domains.map((domain) => [domain.id, domain.title]));
  const itemText = (id: string) => quoted(items.get(id)?.text ?? id);
  const lines: string[] = [];
  const percentage = Math.round(score.completeness * 100);
  const minimum = Math.round(definition.scoring.minimumCompleteness * 100);

  if (score.redFlags.length > 0) {
    lines.push(t("screening.explain.redFlag", { signals: joinWords(score.redFlags.map(itemText), t) }));
  }
  if (score.band === "insufficient") {
    const unknownDomains = score.domains
      .filter((domain) => domain.unknown > 0)
      .sort((a, b) => b.unknown - a.unknown)
      .slice(0, 4)
      .map((domain) => quoted(domainTitle.get(domain.id) ?? domain.id));
    lines.push(
      t("screening.explain.insufficient", {
        known: score.coreRiskItemsKnown,
        count: score.coreRiskItems,
        percentage,
        minimum,
      }),
    );
    if (unknownDomains.length > 0)
      lines.push(t("screening.explain.findOut", { domains: joinWords(unknownDomains, t) }));
  } else {
    lines.push(
      t("screening.explain.total", {
        total: score.total,
        max: score.max,
        possible: definition.scoring.possibleFrom,
        clear: definition.scoring.clearFrom,
      }),
    );
  }
  const ranked = [...score.signalsPresent].sort((a, b) => {
    const scoreOf = (id: string) => score.domains.find((domain) => domain.id === id)?.score ?? 0;
    return scoreOf(b.domainId) - scoreOf(a.domainId);
  });
  for (const group of ranked) {
    lines.push(
      t("screening.explain.domain", {
        domain: domainTitle.get(group.domainId) ?? group.domainId,
        signals: joinWords(group.itemIds.map(itemText), t),
      }),
    );
  }
  if (score.signalsPresent.length === 0 && score.band !== "insufficient")
    lines.push(t("screening.explain.noSignals"));
  if (score.protectiveFactors.length > 0) {
    lines.push(
      t("screening.explain.protective", { factors: joinWords(score.protectiveFactors.map(itemText), t) }),
    );
  }
  if (score.band !== "insufficient" && score.coreRiskItems > 0) {
    lines.push(
      t("screening.explain.completeness", {
        known: score.coreRiskItemsKnown,
        count: score.coreRiskItems,
        percentage,
      }),
    );
  }
  if (score.band === "none") lines.push(t("screening.explain.noneCaution"));
  return lines;
}
