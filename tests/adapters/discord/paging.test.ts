import { describe, expect, it } from "vitest";
import { DISCORD_LIMITS } from "../../../adapters/discord/limits.ts";
import {
  moreButtonId,
  PagingStore,
  POST_BUTTON_ID,
  parseButtonId,
} from "../../../adapters/discord/paging.ts";
import { PATHLIB_ANSWER as answer } from "../../fixtures/answer.ts";

describe("button ids", () => {
  it("round-trip More results and Post to channel", () => {
    expect(parseButtonId(moreButtonId("Ab3_-xYz", 2))).toEqual({ kind: "more", id: "Ab3_-xYz", page: 2 });
    expect(parseButtonId(POST_BUTTON_ID)).toEqual({ kind: "post" });
  });

  it("ignore ids that are not PyVer's or are malformed", () => {
    for (const id of ["other:more:abc:1", "pyver:more:abc", "pyver:more:a:b:1", "pyver:more:abc:-1", ""]) {
      expect(parseButtonId(id)).toBeUndefined();
    }
  });

  it("accept an id of exactly 100 characters and refuse 101", () => {
    const prefix = "pyver:more::1".length;
    expect(moreButtonId("a".repeat(DISCORD_LIMITS.customId - prefix), 1)).toHaveLength(
      DISCORD_LIMITS.customId,
    );
    expect(() => moreButtonId("a".repeat(DISCORD_LIMITS.customId - prefix + 1), 1)).toThrow(RangeError);
  });
});

describe("PagingStore", () => {
  it("keeps an answer under a short id that fits any custom_id it goes into", async () => {
    const store = new PagingStore();
    const id = await store.put({ askerId: "1", answer, ephemeral: true });
    expect(await store.get(id)).toEqual({ askerId: "1", answer, ephemeral: true });
    expect(moreButtonId(id, 999).length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
  });

  it("forgets the oldest answer beyond its capacity", async () => {
    const store = new PagingStore({ capacity: 2 });
    const first = await store.put({ askerId: "1", answer, ephemeral: false });
    const second = await store.put({ askerId: "2", answer, ephemeral: false });
    const third = await store.put({ askerId: "3", answer, ephemeral: false });
    expect(store.size).toBe(2);
    expect(await store.get(first)).toBeUndefined();
    expect((await store.get(second))?.askerId).toBe("2");
    expect((await store.get(third))?.askerId).toBe("3");
  });

  it("forgets an answer once its time is up", async () => {
    let now = 1000;
    const store = new PagingStore({ ttlMs: 500, now: () => now });
    const id = await store.put({ askerId: "1", answer, ephemeral: false });
    now = 1499;
    expect(await store.get(id)).toBeDefined();
    now = 1500;
    expect(await store.get(id)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it("knows nothing of ids it did not hand out", async () => {
    expect(await new PagingStore().get("nope")).toBeUndefined();
  });
});
