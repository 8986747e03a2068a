import { describe, expect, it } from "vitest";
import { buildProgram, inDutch } from "./zicht";

describe("inDutch", () => {
  it.each([
    ["error: unknown command 'bogus'", "zicht: onbekende opdracht 'bogus'. Zie zicht --help"],
    ["error: unknown option '--snel'", "zicht: onbekende optie '--snel'. Zie zicht --help"],
    [
      "error: too many arguments for 'migrate'. Expected 0 arguments but got 1.",
      "zicht: te veel argumenten. Zie zicht --help",
    ],
    [
      "error: unknown command 'strat'\n(Did you mean start?)",
      "zicht: onbekende opdracht 'strat'. Zie zicht --help\n(Bedoel je start?)",
    ],
  ])("translates Commander's %j", (english, dutch) => {
    expect(inDutch(english)).toBe(dutch);
  });

  it("leaves messages it does not know unchanged", () => {
    expect(inDutch("zicht: al in het Nederlands")).toBe("zicht: al in het Nederlands");
  });
});

describe("buildProgram", () => {
  it("offers start and the database commands", () => {
    const program = buildProgram();
    expect(program.commands.map((command) => command.name())).toEqual(
      expect.arrayContaining(["start", "db", "demo"]),
    );
    const db = program.commands.find((command) => command.name() === "db");
    expect(db?.commands.map((command) => command.name())).toEqual([
      "migrate",
      "seed",
      "reset",
      "backup",
      "restore",
    ]);
  });

  it("offers the key rotation of the case notes", () => {
    const keys = buildProgram().commands.find((command) => command.name() === "keys");
    expect(keys?.commands.map((command) => command.name())).toEqual(["rotate"]);
  });
});
