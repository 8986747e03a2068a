import { describe, expect, it } from "vitest";
import { suggestionLines, type PrintedSuggestion } from "./suggestion-lines";

const suggestion = (overrides: Partial<PrintedSuggestion> = {}): PrintedSuggestion => ({
  id: 7,
  service_id: "fier-ravi",
  service_name: "Fier Ravi",
  field: "phone",
  current_value: "088-2080000",
  proposed_value: "088-2080001",
  explanation: null,
  email: null,
  created_at: new Date("2026-12-01T10:00:00Z"),
  ...overrides,
});

describe("zicht directory suggestions output", () => {
  it("says when nothing waits", () => {
    expect(suggestionLines([], 0)).toEqual(["Er wachten geen voorstellen."]);
  });

  it("prints a suggestion with \\x1b[2J and \\u202e safely: visible escapes, no lines of its own", () => {
    const lines = suggestionLines(
      [
        suggestion({
          proposed_value: "\u001b[2J\u001b[31mBEL NU 0900-OPLICHTER\u202eabc",
          explanation: "eerste regel\n#8 Nep-dienst (nep), phone, 2026-12-01",
          email: "a@b.nl\u0007",
        }),
      ],
      1,
    );
    const text = lines.join("\n");
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain("  voorstel: \\x1b[2J\\x1b[31mBEL NU 0900-OPLICHTER\\u202eabc");
    // The explanation cannot start a forged line of its own.
    expect(text).toContain("  toelichting: eerste regel\\x0a#8 Nep-dienst (nep), phone, 2026-12-01");
    expect(text.split("\n").filter((line) => line.startsWith("#"))).toHaveLength(1);
    expect(text).toContain("  e-mail: a@b.nl\\x07");
  });

  it("prints the count, and with --limit says that only the oldest are shown", () => {
    expect(suggestionLines([suggestion()], 1)[0]).toBe("1 voorstel wacht:");
    const limited = suggestionLines([suggestion(), suggestion({ id: 8 })], 30);
    expect(limited[0]).toBe("30 voorstellen wachten, de oudste 2:");
    expect(limited).toHaveLength(3);
    expect(limited[1]).toBe(
      "#7 Fier Ravi (fier-ravi), phone, 2026-12-01\n  nu:      088-2080000\n  voorstel: 088-2080001",
    );
  });
});
