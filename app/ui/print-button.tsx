import { useSyncExternalStore } from "react";
import { useTranslate } from "../i18n/use-translate";
import { Button } from "./button";

/**
 * A "Print" button (window.print) that appears after hydration; without
 * JavaScript the page says to use the browser's print command instead.
 */
export function PrintButton() {
  const t = useTranslate();
  // False on the server and during hydration; true once the page runs in the browser.
  const ready = useSyncExternalStore(
    () => () => undefined,
    () => true,
    () => false,
  );
  return (
    <p className="zicht-no-print">
      {ready ? (
        <Button type="button" appearance="subtle" onClick={() => window.print()}>
          {t("print.button")}
        </Button>
      ) : (
        t("print.hint")
      )}
    </p>
  );
}
