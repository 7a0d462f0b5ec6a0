/**
 * Splits section text into paragraphs at blank lines, keeping fenced code and REPL transcripts
 * in one piece even when they contain blank lines.
 */
export function splitParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let fence: string | undefined;
  const flush = (): void => {
    const p = current.join("\n").trim();
    if (p) paragraphs.push(p);
    current = [];
  };
  for (const line of text.split("\n")) {
    const marker = /^\s*(```|~~~)/.exec(line)?.[1];
    if (fence) {
      current.push(line);
      if (marker === fence) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      current.push(line);
      continue;
    }
    if (line.trim() === "") flush();
    else current.push(line);
  }
  flush();
  return mergeCode(paragraphs);
}

const CODE_LINE =
  /^(\s{2,}\S|>>> |\.\.\. |(import|from|def|class|async def|await|return|for|while|if|elif|else:|with|try:|except|raise|print\()\b|[A-Za-z_][\w.]*\s*=\s*\S|[A-Za-z_][\w.]*\(.*\)\s*$|#\s)/;

/** A paragraph whose every line looks like Python source or a REPL session. */
export function isCodeParagraph(paragraph: string): boolean {
  if (paragraph.startsWith("```") || paragraph.startsWith("~~~")) return true;
  return paragraph.split("\n").every((line) => CODE_LINE.test(line) || /^\s*[)\]}]/.test(line));
}

/**
 * Unfenced code in plain-text copies loses its blank lines' meaning: a run of adjacent code
 * paragraphs joins into one. Whether the run is code is tracked as it grows, because a joined
 * paragraph holds blank lines that isCodeParagraph() would reject.
 */
function mergeCode(paragraphs: string[]): string[] {
  const out: string[] = [];
  let prevIsCode = false;
  for (const p of paragraphs) {
    const isCode = isCodeParagraph(p);
    const prev = out.at(-1);
    if (prev !== undefined && prevIsCode && isCode && !/^(```|~~~)/.test(p)) {
      out[out.length - 1] = `${prev}\n\n${p}`;
    } else {
      out.push(p);
    }
    prevIsCode = isCode;
  }
  return out;
}
