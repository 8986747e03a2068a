import { describe, expect, it } from "vitest";
import { translator } from "../../i18n";
import { amsterdamDay, documentReference, formatDate, pdfFrame } from "./pdf-layout";

describe("formatDate", () => {
  it.each([
    ["2026-12-03", "nl", "3 december 2026"],
    ["2026-12-03", "en", "3 December 2026"],
    ["2026-01-01", "nl", "1 januari 2026"],
    ["2026-03-15", "nl", "15 maart 2026"],
    // A moment is read in Amsterdam time: late in the evening UTC is the next day there.
    ["2026-12-03T23:30:00.000Z", "nl", "4 december 2026"],
    ["2026-06-30T21:59:00.000Z", "nl", "30 juni 2026"],
    ["2026-06-30T22:00:00.000Z", "en", "1 July 2026"],
  ] as const)("%s in %s is %s", (value, locale, expected) => {
    expect(formatDate(value, locale)).toBe(expected);
  });

  it("takes a Date too", () => {
    expect(formatDate(new Date("2026-11-29T10:00:00Z"), "nl")).toBe("29 november 2026");
  });

  it("returns what it cannot read as it is, and never throws", () => {
    expect(formatDate("2026-02-30", "nl")).toBe("2026-02-30");
    expect(formatDate("morgen", "nl")).toBe("morgen");
    expect(formatDate("", "en")).toBe("");
    expect(formatDate(new Date(Number.NaN), "nl")).toBe("");
  });
});

describe("documentReference", () => {
  const now = new Date("2026-12-03T09:00:00Z");
  const caseId = "6f1c2b9e-0d6a-4a57-9f43-2f1a3c4d5e6f";

  it("is ZICHT, the day and 8 characters of a hash", () => {
    expect(documentReference("export", caseId, now)).toMatch(/^ZICHT-20261203-[0-9A-F]{8}$/);
  });

  it("is the same for the same document on the same day, whatever the hour", () => {
    expect(documentReference("export", caseId, now)).toBe(
      documentReference("export", caseId, new Date("2026-12-03T22:30:00Z")),
    );
  });

  it("differs per kind of document, per id and per day", () => {
    const references = new Set([
      documentReference("export", caseId, now),
      documentReference("veilig_thuis", caseId, now),
      documentReference("comensha", caseId, now),
      documentReference("referral_letter", caseId, now),
      documentReference("export", "another-id", now),
      documentReference("export", caseId, new Date("2026-12-04T09:00:00Z")),
    ]);
    expect(references.size).toBe(6);
  });

  it("does not show the id", () => {
    const reference = documentReference("export", caseId, now);
    expect(caseId.toUpperCase().replaceAll("-", "")).not.toContain(reference.slice(-8));
    expect(reference.toLowerCase()).not.toContain(caseId.slice(0, 8));
  });

  it("takes the day in Amsterdam", () => {
    expect(amsterdamDay(new Date("2026-12-03T23:30:00Z"))).toBe("2026-12-04");
    expect(documentReference("export", caseId, new Date("2026-12-03T23:30:00Z"))).toMatch(/^ZICHT-20261204-/);
  });
});

describe("pdfFrame", () => {
  const now = new Date("2026-12-03T09:00:00Z");
  const sender = {
    name: "Pia de Vries",
    organisation: "Jeugdzorg West",
    email: "pia@example.org",
    phone: null,
  };

  it("names the sender, the reference, the date in Dutch and the page numbers", () => {
    const frame = pdfFrame({ sender, kind: "export", id: "c1", now, locale: "nl" }, translator("nl"));
    expect(frame.senderHeading).toBe("Afzender");
    expect(frame.senderLines).toEqual(["Pia de Vries", "Jeugdzorg West", "E-mail: pia@example.org"]);
    expect(frame.reference).toBe(`Kenmerk: ${documentReference("export", "c1", now)}`);
    expect(frame.date).toBe("Datum: 3 december 2026");
    expect(frame.page(1, 2)).toBe("pagina 1 van 2");
  });

  it("adds the phone number when there is one, and works in English", () => {
    const frame = pdfFrame(
      { sender: { ...sender, phone: "06-12345678" }, kind: "comensha", id: "c1", now, locale: "en" },
      translator("en"),
    );
    expect(frame.senderLines).toEqual([
      "Pia de Vries",
      "Jeugdzorg West",
      "Phone: 06-12345678",
      "Email: pia@example.org",
    ]);
    expect(frame.date).toBe("Date: 3 December 2026");
    expect(frame.page(2, 3)).toBe("page 2 of 3");
  });

  it("uses the e-mail address when the name is empty", () => {
    const frame = pdfFrame(
      { sender: { ...sender, name: " " }, kind: "export", id: "c1", now, locale: "nl" },
      translator("nl"),
    );
    expect(frame.senderLines[0]).toBe("pia@example.org");
  });
});
