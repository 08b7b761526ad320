// Backup code format (SECURITY.md S5): CSPRNG codes, 80 bits each, forgiving input, the download file.
import { describe, expect, it } from "vitest";
import { BACKUP_CODE_COUNT, newBackupCode, normalizeBackupCode } from "./backup-code-format.ts";
import { MFA_MESSAGES } from "./messages.ts";

const FORMAT = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

describe("backup codes (S5)", () => {
  it("issues ten per set", () => {
    expect(BACKUP_CODE_COUNT).toBe(10);
  });

  it("makes 16-character Crockford base32 codes in four groups, all different", () => {
    const codes = Array.from({ length: 2000 }, newBackupCode);
    for (const code of codes) expect(code).toMatch(FORMAT);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("uses every character of the alphabet (no bias towards a subset)", () => {
    const seen = new Set(Array.from({ length: 500 }, newBackupCode).join("").replace(/-/g, ""));
    expect(seen.size).toBe(32);
  });

  it("normalizes case, spaces, dashes and look-alike letters", () => {
    expect(normalizeBackupCode("abcd-efgh-jkmn-pqrs")).toBe("ABCDEFGHJKMNPQRS");
    expect(normalizeBackupCode(" ABCD EFGH JKMN PQRS ")).toBe("ABCDEFGHJKMNPQRS");
    expect(normalizeBackupCode("oOiI-lL00-0000-0000")).toBe("0011110000000000");
  });

  it("rejects codes of the wrong length or with letters outside the alphabet", () => {
    expect(normalizeBackupCode("ABCD-EFGH-JKMN")).toBeNull();
    expect(normalizeBackupCode("ABCD-EFGH-JKMN-PQRST")).toBeNull();
    expect(normalizeBackupCode("ABCD-EFGH-JKMN-PQRU")).toBeNull();
    expect(normalizeBackupCode("")).toBeNull();
  });

  it("puts the codes and nothing secret besides them in the download", () => {
    const codes = Array.from({ length: 10 }, newBackupCode);
    const text = MFA_MESSAGES.backupCodesFile(codes, "ada@example.test");
    for (const code of codes) expect(text).toContain(`\n${code}\n`);
    expect(text).toContain("ada@example.test");
  });
});
