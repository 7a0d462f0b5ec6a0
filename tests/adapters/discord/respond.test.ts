import { DiscordAPIError, MessageFlags } from "discord.js";
import pino from "pino";
import { describe, expect, it } from "vitest";
import type { RenderedMessage } from "../../../adapters/discord/render.ts";
import { renderNote } from "../../../adapters/discord/render.ts";
import {
  type Acknowledgeable,
  isFinalInteractionError,
  replyInTime,
  sendPrivateNote,
} from "../../../adapters/discord/respond.ts";
import { SOMETHING_WENT_WRONG, takeTurn } from "../../../adapters/shared/turn.ts";

/** A stand-in for a discord.js interaction that records its calls and tracks its state like one. */
class FakeInteraction implements Acknowledgeable {
  deferred = false;
  replied = false;
  ephemeral: boolean | null = null;
  readonly calls: { method: string; options?: unknown }[] = [];
  /** Makes the next call of this method fail with the given error. */
  failNext: { method: string; error: unknown } | undefined;

  constructor(readonly createdTimestamp = Date.now()) {}

  private record(method: string, options?: unknown): Promise<unknown> {
    this.calls.push({ method, options });
    if (this.failNext?.method === method) {
      const { error } = this.failNext;
      this.failNext = undefined;
      return Promise.reject(error);
    }
    return Promise.resolve();
  }

  async reply(options: RenderedMessage & { flags?: MessageFlags.Ephemeral }): Promise<unknown> {
    await this.record("reply", options);
    this.replied = true;
    this.ephemeral = options.flags === MessageFlags.Ephemeral;
    return undefined;
  }

  async deferReply(options: { flags?: MessageFlags.Ephemeral }): Promise<unknown> {
    await this.record("deferReply", options);
    this.deferred = true;
    this.ephemeral = options.flags === MessageFlags.Ephemeral;
    return undefined;
  }

  async editReply(options: RenderedMessage): Promise<unknown> {
    await this.record("editReply", options);
    this.replied = true;
    return undefined;
  }

  async followUp(options: RenderedMessage): Promise<unknown> {
    await this.record("followUp", options);
    return undefined;
  }

  deleteReply(): Promise<unknown> {
    return this.record("deleteReply");
  }

  get methods(): string[] {
    return this.calls.map((c) => c.method);
  }
}

const answer = renderNote("the answer");
const silent = pino({ level: "silent" });
const unknownInteraction = new DiscordAPIError(
  { code: 10062, message: "Unknown interaction" },
  10062,
  404,
  "POST",
  "/interactions/1/t/callback",
  {},
);

describe("replyInTime", () => {
  it("replies directly when the answer is ready in time", async () => {
    const interaction = new FakeInteraction();
    await replyInTime(interaction, { ephemeral: true }, () => answer);
    expect(interaction.methods).toEqual(["reply"]);
    expect(interaction.calls[0]?.options).toMatchObject({ flags: MessageFlags.Ephemeral });
  });

  it("defers at once when the interaction is already older than the deadline, then edits", async () => {
    const interaction = new FakeInteraction(Date.now() - 2000);
    await replyInTime(interaction, { ephemeral: false, deferAfterMs: 1500 }, () => answer);
    expect(interaction.methods).toEqual(["deferReply", "editReply"]);
    expect(interaction.calls[0]?.options).toEqual({ flags: undefined });
  });

  it("defers when the work is still running at the deadline", async () => {
    const interaction = new FakeInteraction();
    const slow = (): Promise<RenderedMessage> =>
      new Promise((resolve) => setTimeout(() => resolve(answer), 60));
    await replyInTime(interaction, { ephemeral: true, deferAfterMs: 20 }, slow);
    expect(interaction.methods).toEqual(["deferReply", "editReply"]);
  });

  it("does not defer work that finishes before the deadline", async () => {
    const interaction = new FakeInteraction();
    const quick = (): Promise<RenderedMessage> =>
      new Promise((resolve) => setTimeout(() => resolve(answer), 5));
    await replyInTime(interaction, { ephemeral: true, deferAfterMs: 200 }, quick);
    expect(interaction.methods).toEqual(["reply"]);
  });
});

/**
 * A command's turn as the Discord handlers take it: a failure is told to the asker privately, and an
 * interaction Discord no longer lets us answer is left alone.
 */
function guard(interaction: FakeInteraction, logger: pino.Logger, reply: () => Promise<unknown>) {
  return takeTurn(
    { logger },
    {
      platform: "discord",
      kind: "command",
      query: "q",
      reply: async () => {
        await reply();
        return { results: 1 };
      },
      apologise: (text) => sendPrivateNote(interaction, text),
      expected: (error) => {
        if (isFinalInteractionError(error))
          logger.warn("interaction can no longer be answered; not retrying");
        return isFinalInteractionError(error);
      },
    },
  );
}

describe("a failed command's turn", () => {
  it("turns an error before any response into an ephemeral note", async () => {
    const interaction = new FakeInteraction();
    await guard(interaction, silent, async () => {
      throw new Error("boom");
    });
    expect(interaction.methods).toEqual(["reply"]);
    expect(interaction.calls[0]?.options).toMatchObject({
      content: SOMETHING_WENT_WRONG,
      flags: MessageFlags.Ephemeral,
    });
  });

  it("edits an ephemeral deferral into the note", async () => {
    const interaction = new FakeInteraction(Date.now() - 5000);
    await guard(interaction, silent, () =>
      replyInTime(interaction, { ephemeral: true }, () => {
        throw new Error("boom");
      }),
    );
    expect(interaction.methods).toEqual(["deferReply", "editReply"]);
    expect(interaction.calls[1]?.options).toMatchObject({ content: SOMETHING_WENT_WRONG });
  });

  it("replaces a public deferral with a private follow-up", async () => {
    const interaction = new FakeInteraction(Date.now() - 5000);
    await guard(interaction, silent, () =>
      replyInTime(interaction, { ephemeral: false }, () => {
        throw new Error("boom");
      }),
    );
    expect(interaction.methods).toEqual(["deferReply", "deleteReply", "followUp"]);
    expect(interaction.calls[2]?.options).toMatchObject({ flags: MessageFlags.Ephemeral });
  });

  it("sends nothing more after Discord answers 10062, and logs it", async () => {
    const interaction = new FakeInteraction();
    interaction.failNext = { method: "reply", error: unknownInteraction };
    const lines: string[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => lines.push(line) });
    await guard(interaction, logger, () => replyInTime(interaction, { ephemeral: true }, () => answer));
    expect(interaction.methods).toEqual(["reply"]);
    expect(lines.join("")).toContain("not retrying");
  });

  it("survives a failing error note", async () => {
    const interaction = new FakeInteraction();
    interaction.failNext = { method: "reply", error: new Error("network down") };
    await expect(
      guard(interaction, silent, async () => {
        throw new Error("boom");
      }),
    ).resolves.toBeUndefined();
  });
});

describe("isFinalInteractionError", () => {
  it("is true for 10062 and 40060 only", () => {
    const error = (code: number) => new DiscordAPIError({ code, message: "" }, code, 400, "POST", "/", {});
    expect(isFinalInteractionError(unknownInteraction)).toBe(true);
    expect(isFinalInteractionError(error(40060))).toBe(true);
    expect(isFinalInteractionError(error(50013))).toBe(false);
    expect(isFinalInteractionError(new Error("x"))).toBe(false);
  });
});
