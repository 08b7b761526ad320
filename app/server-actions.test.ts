// Every server action is a public endpoint (SECURITY.md S11, S13, S14): each one exported from a
// "use server" module must go through the one wrapper (lib/actions/define-action.ts), which checks the
// Origin, resolves who is calling and strictly parses the input, or check the Origin itself first.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

const WRAPPED = /^export const (\w+) = (defineAction|defineActionAs|definePublicAction)\(/m;

function unguardedExports(source: string): string[] {
  const wrappedLocals = new Set(
    [
      ...source.matchAll(/^(?:export )?const (\w+) = (?:defineAction|defineActionAs|definePublicAction)\(/gm),
    ].map((m) => m[1]),
  );
  const problems: string[] = [];
  for (const match of source.matchAll(/^export const (\w+) = /gm)) {
    const line = source.slice(match.index).split("\n")[0]!;
    if (!WRAPPED.test(line))
      problems.push(`${match[1]} is not built with defineAction/defineActionAs/definePublicAction`);
  }
  for (const match of source.matchAll(/^export async function (\w+)\([^)]*\)[^{]*\{([\s\S]*?)^\}/gm)) {
    const body = match[2]!;
    const delegates = [...body.matchAll(/return (\w+)\(/g)].some((call) => wrappedLocals.has(call[1]!));
    const checksOrigin = /^\s*await assertSameOrigin\(\);/m.test(body);
    if (!delegates && !checksOrigin)
      problems.push(`${match[1]} neither delegates to a wrapped action nor starts with assertSameOrigin()`);
  }
  return problems;
}

const actionModules = sourceFiles("app").filter((file) =>
  /^\s*["']use server["']/.test(readFileSync(file, "utf8")),
);

describe("server actions go through the action wrapper (S11, S13, S14)", () => {
  it("finds the action modules", () => {
    expect(actionModules.length).toBeGreaterThan(5);
  });

  it.each(actionModules)("%s", (file) => {
    expect(unguardedExports(readFileSync(file, "utf8"))).toEqual([]);
  });

  it("flags an unguarded action (the check itself can fail)", () => {
    const bad = `"use server";\nexport async function deleteEverything(formData: FormData) {\n  await db.user.deleteMany();\n}\nexport const other = async () => 1;\n`;
    expect(unguardedExports(bad)).toHaveLength(2);
  });
});
