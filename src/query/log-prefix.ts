/**
 * "[zoom_and_follow_mouse.py]     match(prop_name):", "python: stdout/stderr: SyntaxError: …": a host
 * application that logs a script's output writes its own tag before every line. The tag is no part
 * of the traceback, and it hides the indentation and the caret that show which code failed.
 */

/** A bracketed tag ("[script.py] ") or a program's stream ("python: stdout/stderr: ") at a line's start. */
const LINE_TAG = /^(\[[^\]\n]{1,60}\] ?|[\w.-]+: (?:stdout|stderr|stdout\/stderr|stderr\/stdout): ?)/;

/** The text without the tag a logger wrote before two or more of its lines. */
export function withoutLogTags(text: string): string {
  if (!text.includes("\n")) return text;
  const lines = text.split("\n");
  const counts = new Map<string, number>();
  for (const line of lines) {
    const tag = LINE_TAG.exec(line)?.[1];
    if (tag) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const repeated = [...counts].filter(([, n]) => n >= 2).map(([tag]) => tag);
  if (repeated.length === 0) return text;
  return lines
    .map((line) => {
      const tag = repeated.find((t) => line.startsWith(t));
      return tag ? line.slice(tag.length) : line;
    })
    .join("\n");
}
