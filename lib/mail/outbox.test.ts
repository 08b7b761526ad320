// The outbox is the last line before SMTP (SECURITY.md S25): whatever a builder wrote, a subject is one
// line, a recipient or extra header cannot carry a second header, and no body carries bidirectional
// controls or line breaks other than its own "\n".
import { describe, expect, it } from "vitest";
import type { Tx } from "../db/client.ts";
import { enqueueEmail, type OutgoingEmail } from "./outbox.ts";

type Row = {
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  headers: string | null;
};

/** A transaction stand-in that keeps what enqueueEmail writes. */
function capturingTx(): { tx: Tx; rows: Row[] } {
  const rows: Row[] = [];
  const tx = {
    outboxEmail: {
      createMany: async ({ data }: { data: Row[] }) => {
        rows.push(...data);
        return { count: data.length };
      },
    },
  } as unknown as Tx;
  return { tx, rows };
}

const base: OutgoingEmail = {
  idempotencyKey: "outbox-test",
  to: "jane@buyer.example",
  subject: "Hello",
  text: "Body",
};

describe("outbox: no header injection, no hidden text direction (S25)", () => {
  it("writes a subject with a line break, a next-line or a line separator as one line (S25)", async () => {
    const { tx, rows } = capturingTx();
    await enqueueEmail(tx, {
      ...base,
      subject: "Access approved: Report\r\nBcc: all@evil.example\u0085x\u2028y",
    });
    expect(rows[0]!.subject).toBe("Access approved: Report Bcc: all@evil.example x y");
  });

  it("refuses a recipient or an extra header that holds a control character (S25)", async () => {
    const { tx, rows } = capturingTx();
    await expect(
      enqueueEmail(tx, { ...base, to: "jane@buyer.example\r\nBcc: all@evil.example" }),
    ).rejects.toThrow();
    await expect(
      enqueueEmail(tx, {
        ...base,
        headers: { "List-Unsubscribe": "<https://x.example>\r\nBcc: all@evil.example" },
      }),
    ).rejects.toThrow();
    await expect(enqueueEmail(tx, { ...base, headers: { "X-A\nBcc": "x" } })).rejects.toThrow();
    expect(rows).toEqual([]);
  });

  it("drops bidi controls and turns other line breaks and controls into spaces in the bodies (S25)", async () => {
    const { tx, rows } = capturingTx();
    await enqueueEmail(tx, {
      ...base,
      text: "Line one\r\nLine\u2028two\u0085three\u202Eexe.pdf\tend\u0007",
      html: "<p>a\u202Eb\u2066c</p>",
    });
    expect(rows[0]!.textBody).toBe("Line one\nLine two threeexe.pdf\tend ");
    expect(rows[0]!.htmlBody).toBe("<p>abc</p>");
  });
});
