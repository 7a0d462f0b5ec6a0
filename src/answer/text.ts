/** Plain sentences from a chunk's Markdown: code blocks and link targets removed, whitespace folded. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?(```|$)/g, " ")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/^\s*[-*•]\s+/gm, "")
    .replace(/\*\*([^*]+)\*\*/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** The first sentences of a text, within `maxChars`, cut at a word with an ellipsis when needed. */
export function leadSentences(text: string, maxChars: number, maxSentences = 2): string {
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z`(“"])/);
  let out = "";
  for (const sentence of sentences.slice(0, maxSentences)) {
    const next = out ? `${out} ${sentence}` : sentence;
    if (next.length > maxChars) break;
    out = next;
  }
  return out || truncate(text, maxChars);
}

/** Cuts at the last word boundary that fits, adding an ellipsis. */
export function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  if (maxChars <= 1) return "…".slice(0, maxChars);
  // Cutting between the halves of a surrogate pair (an emoji, say) would leave malformed text.
  const cut = text.slice(0, /[\ud800-\udbff]/.test(text[maxChars - 2] ?? "") ? maxChars - 2 : maxChars - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
