// The brand colour stylesheet writes only a #rrggbb colour, whatever the URL says (no CSS injection).
import { describe, expect, it } from "vitest";
import { GET } from "./route";

const css = (query: string) => GET(new Request(`http://localhost/brand.css${query}`)).text();

describe("/brand.css", () => {
  it("writes the colour the URL names as --brand, cacheable for good", async () => {
    const response = GET(new Request("http://localhost/brand.css?c=0F766E"));
    expect(response.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(response.headers.get("cache-control")).toContain("immutable");
    expect(await response.text()).toBe(":root{--brand:#0f766e}\n");
  });

  it.each(["", "?c=red", "?c=0f766e;}body{display:none", "?c=%230f766e"])(
    "falls back to the default for %j",
    async (q) => {
      expect(await css(q)).toBe(":root{--brand:#1d4ed8}\n");
    },
  );
});
