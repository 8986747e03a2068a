import { terminalText } from "./terminal-text";

/** A pending suggestion as `zicht directory suggestions` prints it. */
export interface PrintedSuggestion {
  id: number | string;
  service_id: string;
  service_name: string;
  field: string;
  current_value: string;
  proposed_value: string;
  explanation: string | null;
  email: string | null;
  created_at: Date | string;
}

/**
 * The text of `zicht directory suggestions`: a count line and each suggestion
 * in a few lines. Every value came from the public form or the database, so
 * each goes through terminalText (no escape sequences, no direction
 * overrides, no lines of its own). With fewer shown than wait, the count
 * line says so. Pure.
 */
export function suggestionLines(shown: readonly PrintedSuggestion[], total: number): string[] {
  if (total === 0) return ["Er wachten geen voorstellen."];
  const count = `${total} ${total === 1 ? "voorstel wacht" : "voorstellen wachten"}`;
  const lines = [shown.length < total ? `${count}, de oudste ${shown.length}:` : `${count}:`];
  for (const request of shown) {
    lines.push(
      [
        `#${terminalText(request.id)} ${terminalText(request.service_name)} (${terminalText(request.service_id)}), ${terminalText(request.field)}, ${new Date(request.created_at).toISOString().slice(0, 10)}`,
        `  nu:      ${terminalText(request.current_value) || "(leeg)"}`,
        `  voorstel: ${terminalText(request.proposed_value)}`,
        ...(request.explanation ? [`  toelichting: ${terminalText(request.explanation)}`] : []),
        ...(request.email ? [`  e-mail: ${terminalText(request.email)}`] : []),
      ].join("\n"),
    );
  }
  return lines;
}
