import { describe, expect, it } from "vitest";
import { outdatedSince } from "./translation-lag";

const at = (day: number) => new Date(Date.UTC(2026, 0, day, 10));

describe("since which English version a translation is out of date", () => {
  it("current when the translation was published after every English version", () => {
    expect(
      outdatedSince(
        [
          { version: 1, publishedAt: at(1) },
          { version: 2, publishedAt: at(5) },
        ],
        [{ version: 1, publishedAt: at(6) }],
      ),
    ).toBeNull();
  });

  it("names the first English version published after the translation's latest", () => {
    const english = [
      { version: 1, publishedAt: at(1) },
      { version: 2, publishedAt: at(5) },
      { version: 3, publishedAt: at(9) },
    ];
    expect(outdatedSince(english, [{ version: 1, publishedAt: at(2) }])).toBe(2);
    expect(
      outdatedSince(english, [
        { version: 1, publishedAt: at(2) },
        { version: 2, publishedAt: at(6) },
      ]),
    ).toBe(3);
  });

  it("nothing to lag behind without both languages", () => {
    expect(outdatedSince([], [{ version: 1, publishedAt: at(1) }])).toBeNull();
    expect(outdatedSince([{ version: 1, publishedAt: at(1) }], [])).toBeNull();
  });
});
