import { useEffect, useState, useSyncExternalStore } from "react";
import { useLocale, useTranslate } from "../i18n/use-translate";
import { Button } from "./button";

/**
 * "Lees voor": reads the page's text aloud with the browser's speech
 * synthesis (Web Speech API), in Dutch (nl-NL) or English. Progressive
 * enhancement: the button appears only after hydration and only when the
 * browser can speak; without JavaScript or speech the page is fully usable.
 */
export function ReadAloud({ targetId, lang }: { targetId: string; lang?: "nl" | "en" }) {
  const t = useTranslate();
  const locale = useLocale();
  // False on the server and during hydration, so both render no button; then the browser decides.
  const supported = useSyncExternalStore(subscribeToNothing, canSpeak, () => false);
  const [speaking, setSpeaking] = useState(false);

  // Stop speaking when the reader leaves the page.
  useEffect(
    () => () => {
      if (canSpeak()) window.speechSynthesis.cancel();
    },
    [],
  );

  if (!supported) return null;

  const toggle = () => {
    const synthesis = window.speechSynthesis;
    if (speaking) {
      synthesis.cancel();
      setSpeaking(false);
      return;
    }
    const text = document.getElementById(targetId)?.innerText ?? "";
    if (text.trim() === "") return;
    const language = (lang ?? locale) === "nl" ? "nl-NL" : "en-GB";
    const utterance = new window.SpeechSynthesisUtterance(text);
    utterance.lang = language;
    const voice = synthesis.getVoices().find((candidate) => candidate.lang.replace("_", "-") === language);
    if (voice) utterance.voice = voice;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    synthesis.cancel();
    synthesis.speak(utterance);
    setSpeaking(true);
  };

  return (
    <p className="zicht-read-aloud zicht-no-print">
      <Button type="button" appearance="subtle" onClick={toggle}>
        {speaking ? t("readAloud.stop") : t("readAloud.start")}
      </Button>
    </p>
  );
}

function canSpeak(): boolean {
  return "speechSynthesis" in window && typeof window.SpeechSynthesisUtterance === "function";
}

function subscribeToNothing(): () => void {
  return () => undefined;
}
