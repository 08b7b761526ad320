// The assembler's archives open, with the entries' bytes, sizes and SHA-256 as recorded, whichever deflate
// wrote them; Node's zlib in many chunks gives one valid DEFLATE stream with the right CRC-32.
import { createHash } from "node:crypto";
import { crc32 } from "node:zlib";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { joinChunks, ZipAssembler } from "./zip-assembler.ts";

const text = (n: number) =>
  Array.from({ length: n }, (_, i) => `row ${i},"quoted ""${i}""",Grüße\r\n`).join("");

/** The CRC-32 the central directory records for the only entry of `zip`. */
function centralCrc(zip: Uint8Array): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const directory = view.getUint32(end + 16, true);
  expect(view.getUint32(directory, true)).toBe(0x02014b50);
  return view.getUint32(directory + 16, true);
}

describe("ZipAssembler", () => {
  for (const deflate of ["fflate", "zlib"] as const)
    it(`writes entries in chunks that unzip to what was pushed (${deflate})`, () => {
      const zip = new ZipAssembler({ mtime: new Date("2027-01-01T00:00:00Z"), level: 1, deflate });
      const parts = [text(1000), text(5), "", text(3000)];
      zip.begin("a.csv");
      for (const part of parts) zip.push(part);
      const entry = zip.finish(4005);
      zip.end();
      const bytes = joinChunks(zip.take());
      const whole = new TextEncoder().encode(parts.join(""));
      expect(entry).toEqual({
        path: "a.csv",
        bytes: whole.byteLength,
        sha256: createHash("sha256").update(whole).digest("hex"),
        rows: 4005,
      });
      expect(unzipSync(bytes)["a.csv"]).toEqual(whole);
      expect(centralCrc(bytes)).toBe(crc32(whole));
      expect(zip.size).toBe(bytes.byteLength);
      expect(zip.sha256()).toBe(createHash("sha256").update(bytes).digest("hex"));
    });
});
