import type { MouseEvent } from "react";
import { useTranslate } from "../i18n/use-translate";

/**
 * Where "Snel weg" goes: a neutral weather site, so that someone who looks
 * over a young person's shoulder sees nothing that gives them away.
 */
export const quickExitHref = "https://www.buienradar.nl/";

/**
 * Replaces this page in the history, so Back does not return to Zicht. Only
 * a plain click: a click with a modifier key (new tab or window) keeps the
 * link's own behaviour.
 */
function leave(event: MouseEvent<HTMLAnchorElement>) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  window.location.replace(quickExitHref);
}

/**
 * The quick-exit button of the youth pages. Without JavaScript it is a plain
 * link (no referrer, so the neutral site does not see where it came from);
 * with JavaScript it also leaves no Zicht page to go back to.
 */
export function QuickExit() {
  const t = useTranslate();
  return (
    <div className="zicht-quick-exit">
      <a className="zicht-quick-exit__link" href={quickExitHref} rel="noreferrer" onClick={leave}>
        {t("youth.quickExit.label")}
        <span className="zicht-visually-hidden"> {t("youth.quickExit.hint")}</span>
      </a>
    </div>
  );
}
