import { describe, expect, it } from "vitest";
import {
  isClutterLine,
  isStrayCaption,
  isTrailerHeading,
  stripClutter,
} from "../../src/documents/clutter.ts";

describe("isClutterLine", () => {
  it.each([
    "Type something to search...",
    "Skip to main content",
    "Series: Python 3 Features",
    "Photo by Jane Doe on Unsplash",
    "Image credit: Python Software Foundation",
    "Subscribe to our newsletter",
    "Unsubscribe any time.",
    "Join thousands of developers",
    "No spam, ever.",
    "Share this:",
    "Continue reading…",
    "Tags:",
    "8 Apr 2021 at 11:47PM in Software",
    "Posted on March 3, 2021",
    "This is the 2nd of the 5 articles in the series.",
    "© 2024 Example Blog",
    "Next post: Python 3.5",
    "| |",
    " · • ",
  ])("recognizes %j", (line) => {
    expect(isClutterLine(line)).toBe(true);
  });

  it.each([
    "",
    "Python 3.4 adds the pathlib module.",
    "The menu module was removed.",
    "Search paths changed in 3.4.",
    "Photographs are not Python.",
  ])("leaves %j alone", (line) => {
    expect(isClutterLine(line)).toBe(false);
  });
});

describe("isTrailerHeading", () => {
  it.each(["Related Posts", "related articles", "You might also like", "Recent Posts", "Read Next"])(
    "recognizes %j",
    (heading) => {
      expect(isTrailerHeading(heading)).toBe(true);
    },
  );

  it("does not treat ordinary headings as trailers", () => {
    expect(isTrailerHeading("Related Changes In asyncio")).toBe(false);
    expect(isTrailerHeading("New Features")).toBe(false);
  });
});

describe("isStrayCaption", () => {
  it("recognizes a short lower-case phrase without punctuation as leftover alt text", () => {
    expect(isStrayCaption("green python two 34")).toBe(true);
  });

  it("keeps prose, capitalized text, long phrases and shell commands", () => {
    expect(isStrayCaption("the GIL was rewritten.")).toBe(false);
    expect(isStrayCaption("Green python")).toBe(false);
    expect(isStrayCaption("one two three four five six seven")).toBe(false);
    expect(isStrayCaption("pip install requests")).toBe(false);
    expect(isStrayCaption("python setup py install")).toBe(false);
  });
});

describe("stripClutter", () => {
  it("drops clutter lines and keeps the rest of the paragraph", () => {
    expect(stripClutter("Python 3.4 is out.\nSubscribe to our newsletter\nEnjoy.")).toBe(
      "Python 3.4 is out.\nEnjoy.",
    );
  });

  it("keeps a wrapped line of prose whose sentence runs on into the next line", () => {
    const prose =
      "The new namespace lets debuggers and coverage tools subscribe to\nexecution events such as calls.";
    expect(stripClutter(prose)).toBe(prose);
  });

  it("returns an empty string when only clutter or a caption is left", () => {
    expect(stripClutter("Share this:\n| |")).toBe("");
    expect(stripClutter("green python two 34")).toBe("");
  });
});
