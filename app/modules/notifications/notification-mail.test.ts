import { describe, expect, it } from "vitest";
import { digestDay, digestMail, dutchDate, notificationMail } from "./notification-mail";

describe("notification e-mails", () => {
  it("name the case only by its pseudonym and link to it", () => {
    const mail = notificationMail("sent_back", "Merel", "https://zicht.example/casussen/1");
    expect(mail.subject).toBe("Casus Merel: afsluiten teruggestuurd");
    expect(mail.text).toContain("https://zicht.example/casussen/1");
    expect(mail.text).toContain("In de casus staat waarom.");
  });

  it("say 'volgens het afwegingskader' for the report outcome", () => {
    expect(notificationMail("report_outcome", "Merel", "x").text).toContain(
      "Volgens het afwegingskader meld je casus Merel bij Veilig Thuis.",
    );
  });
});

describe("the overdue-task digest", () => {
  const task = (pseudonym: string, dueOn: string) => ({
    pseudonym,
    dueOn,
    link: `https://zicht.example/casussen/${pseudonym}`,
  });

  it("is not sent without overdue tasks", () => {
    expect(digestMail([], "https://zicht.example/casussen")).toBeUndefined();
  });

  it("counts the tasks and lists each with its day and link", () => {
    const mail = digestMail(
      [task("Merel", "2026-12-01"), task("Vos", "2026-11-30")],
      "https://zicht.example/casussen",
    )!;
    expect(mail.subject).toBe("Zicht: 2 taken over tijd");
    expect(mail.text).toContain("Je hebt 2 taken die over tijd zijn:");
    expect(mail.text).toContain(
      "- Casus Merel (moest af op 1 december 2026): https://zicht.example/casussen/Merel",
    );
    expect(mail.text).toContain(
      "- Casus Vos (moest af op 30 november 2026): https://zicht.example/casussen/Vos",
    );
    expect(mail.text).toContain("Al je taken:\nhttps://zicht.example/casussen");
  });

  it("speaks of one task in the singular", () => {
    const mail = digestMail([task("Merel", "2026-12-01")], "l")!;
    expect(mail.subject).toBe("Zicht: 1 taak over tijd");
    expect(mail.text).toContain("Je hebt 1 taak die over tijd is:");
  });

  it("takes the day in the Netherlands", () => {
    expect(digestDay(new Date(Date.UTC(2026, 11, 3, 22, 30)))).toBe("2026-12-03");
    expect(digestDay(new Date(Date.UTC(2026, 11, 3, 23, 30)))).toBe("2026-12-04");
    expect(digestDay(new Date(Date.UTC(2026, 6, 3, 22, 30)))).toBe("2026-07-04");
    expect(dutchDate("2026-03-09")).toBe("9 maart 2026");
  });
});
