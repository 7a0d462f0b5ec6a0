/** Reading Block Kit payloads recorded by the fake Slack API, as a user would see them. */
import type { RecordedCall } from "./fake-slack-api.ts";

interface AnyBlock {
  type: string;
  text?: { text: string };
  elements?: { type: string; text: string | { text: string }; action_id?: string; value?: string }[];
}

function blocksOf(call: RecordedCall): AnyBlock[] {
  return Array.isArray(call.body.blocks) ? (call.body.blocks as AnyBlock[]) : [];
}

/** Every text a person would read in the message: fallback, sections, context elements, button labels. */
export function textsOf(call: RecordedCall): string[] {
  const texts = typeof call.body.text === "string" ? [call.body.text] : [];
  for (const block of blocksOf(call)) {
    if (block.text) texts.push(block.text.text);
    for (const e of block.elements ?? []) texts.push(typeof e.text === "string" ? e.text : e.text.text);
  }
  return texts;
}

export function sectionTexts(call: RecordedCall): string[] {
  return blocksOf(call)
    .filter((b) => b.type === "section")
    .map((b) => b.text?.text ?? "");
}

export function contextTexts(call: RecordedCall): string[] {
  return blocksOf(call)
    .filter((b) => b.type === "context")
    .flatMap((b) => (b.elements ?? []).map((e) => (typeof e.text === "string" ? e.text : e.text.text)));
}

export interface Button {
  actionId: string;
  label: string;
  value: string;
}

export function buttonsOf(call: RecordedCall): Button[] {
  return blocksOf(call)
    .filter((b) => b.type === "actions")
    .flatMap((b) => b.elements ?? [])
    .map((e) => ({
      actionId: e.action_id ?? "",
      label: typeof e.text === "string" ? e.text : e.text.text,
      value: e.value ?? "",
    }));
}

export function buttonNamed(call: RecordedCall, label: string): Button {
  const found = buttonsOf(call).find((b) => b.label === label);
  if (!found) throw new Error(`no "${label}" button in ${JSON.stringify(call.body.blocks)}`);
  return found;
}
