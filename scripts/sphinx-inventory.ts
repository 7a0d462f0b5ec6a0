/**
 * Reads a Sphinx `objects.inv` (version 2): four header lines, then zlib-compressed lines of
 * `name domain:role priority uri display-name`. Only the Python domain matters for API links.
 */
import { inflateSync } from "node:zlib";

export interface InventoryObject {
  /** "py:function", "py:module", … */
  role: string;
  /** Address relative to the documentation root; "$" stands for the object's name. */
  uri: string;
}

const HEADER_LINES = 4;
const LINE = /^(\S+)\s+(py:\w+)\s+-?\d+\s+(\S+)\s/;

export function parseInventory(bytes: Buffer): Map<string, InventoryObject> {
  let at = 0;
  for (let i = 0; i < HEADER_LINES; i++) {
    at = bytes.indexOf(0x0a, at) + 1;
    if (at === 0) throw new Error("not a Sphinx inventory: header is cut short");
  }
  const header = bytes.subarray(0, at).toString("utf8");
  if (!header.startsWith("# Sphinx inventory version 2")) throw new Error("not a version 2 Sphinx inventory");
  const objects = new Map<string, InventoryObject>();
  for (const line of inflateSync(bytes.subarray(at)).toString("utf8").split("\n")) {
    const m = LINE.exec(line);
    // The first entry for a name wins; later ones are duplicates from other pages.
    if (m?.[1] && m[2] && m[3] && !objects.has(m[1])) objects.set(m[1], { role: m[2], uri: m[3] });
  }
  return objects;
}
