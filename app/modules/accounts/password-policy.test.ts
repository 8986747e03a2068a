import { describe, expect, it } from "vitest";
import { checkPassword } from "./password-policy";

describe("the password rule", () => {
  it.each([
    ["kort", "password.error.short"],
    ["wachtwoord123", "password.error.weak"],
    ["welkom123456", "password.error.weak"],
    ["123456789012", "password.error.weak"],
    ["qwertyuiopas", "password.error.weak"],
    ["x".repeat(201), "password.error.long"],
  ])("refuses %s", (password, message) => {
    expect(checkPassword(password)).toBe(message);
  });

  it("refuses a password made of the person's own e-mail address", () => {
    expect(checkPassword("zorgveldjansen", { email: "jansen@zorgveld.nl" })).toBe("password.error.weak");
  });

  it.each(["paard-batterij-nietje-kompas", "Vlinder oktober trein 48"])("accepts %s", (password) => {
    expect(checkPassword(password)).toBeNull();
  });
});
