import { describe, expect, it } from "vitest";
import { headsCommand, moduleCommand } from "../../src/query/module-command.ts";

describe("moduleCommand", () => {
  it("reads the module run as a program and what the asker gives it", () => {
    expect(moduleCommand("python3 -m asyncio ps 4242 shows nothing")).toEqual({
      module: "asyncio",
      rest: " ps 4242 shows nothing",
    });
    expect(moduleCommand("is `py -m json.tool` still there?")?.module).toBe("json.tool");
    expect(moduleCommand("python manage.py runserver")).toBeUndefined();
  });
});

describe("headsCommand", () => {
  const json = { module: "json", rest: " instead of json.tool" };
  it("knows a heading about the command itself", () => {
    expect(headsCommand("python -m json command line", json)).toBe("general");
    expect(headsCommand("uuid command-line interface: python -m uuid", { module: "uuid", rest: "" })).toBe(
      "general",
    );
  });

  it("takes a heading about one option only when the asker names it", () => {
    const heading = "uuid.NIL, uuid.MAX and python -m uuid --count";
    expect(headsCommand(heading, { module: "uuid", rest: "" })).toBeUndefined();
    expect(headsCommand(heading, { module: "uuid", rest: " --count 5" })).toBe("asked");
  });

  it("does not take another module whose name begins the same", () => {
    expect(headsCommand("json.tool --sort-keys", json)).toBeUndefined();
    expect(headsCommand("python -m json.tool --json-lines", json)).toBeUndefined();
  });
});
