import { describe, expect, it } from "vitest";
import { withoutLogTags } from "../../src/query/log-prefix.ts";

describe("withoutLogTags", () => {
  it("drops the tag a host application wrote before every line, keeping the indentation after it", () => {
    const logged = [
      "[zoom_and_follow_mouse.py]     match(prop_name):",
      "[zoom_and_follow_mouse.py]                     ^",
      "[zoom_and_follow_mouse.py] SyntaxError: invalid syntax",
      "Just wondering if anyone can help.",
    ].join("\n");
    expect(withoutLogTags(logged)).toBe(
      "    match(prop_name):\n                    ^\nSyntaxError: invalid syntax\nJust wondering if anyone can help.",
    );
  });

  it("drops a program's stream name repeated before its lines", () => {
    const logged =
      "python: stdout/stderr:     import sha\npython: stdout/stderr: ImportError: No module named 'sha'";
    expect(withoutLogTags(logged)).toBe("    import sha\nImportError: No module named 'sha'");
  });

  it("keeps a bracketed word that starts one line only", () => {
    const once = "[Python 3.12] DeprecationWarning: 'set_child_watcher' is deprecated\nany idea?";
    expect(withoutLogTags(once)).toBe(once);
  });
});
