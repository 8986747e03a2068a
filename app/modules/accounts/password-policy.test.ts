import { describe, expect, it } from "vitest";
import { checkPassword } from "./password-policy";

describe("the password rule", () => {
  it.each([
    ["kort", "minstens 12 tekens"],
    ["wachtwoord123", "te makkelijk"],
    ["welkom123456", "te makkelijk"],
    ["123456789012", "te makkelijk"],
    ["qwertyuiopas", "te makkelijk"],
    ["x".repeat(201), "hoogstens 200"],
  ])("refuses %s", (password, message) => {
    expect(checkPassword(password)).toContain(message);
  });

  it("refuses a password made of the person's own e-mail address", () => {
    expect(checkPassword("zorgveldjansen", { email: "jansen@zorgveld.nl" })).toContain("te makkelijk");
  });

  it.each(["paard-batterij-nietje-kompas", "Vlinder oktober trein 48"])("accepts %s", (password) => {
    expect(checkPassword(password)).toBeNull();
  });
});
