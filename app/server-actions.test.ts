// Every server action is a public endpoint (SECURITY.md S11, S13, S14): each one exported from a
// "use server" module must go through the one wrapper (lib/http/action.ts), which checks the Origin,
// builds the caller's context with the permission the action names and strictly parses the input.
// `defineAction` must name its permission; an exported function may only hand off to a wrapped one.
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

/** `const name = defineAction({ …options… }, async (…) => …)`: the options are what comes before the handler. */
const WRAPPER =
  /^(?:export )?const (\w+) = (defineAction|definePublicAction)\(\s*\{([\s\S]*?)\},\s*(?:async\b|\()/gm;

function unguardedExports(source: string): string[] {
  const problems: string[] = [];
  const wrapped = new Set<string>();
  for (const [, name, wrapper, options] of source.matchAll(WRAPPER)) {
    wrapped.add(name!);
    if (!/\binput:/.test(options!)) problems.push(`${name} does not name its input schema`);
    if (wrapper === "defineAction" && !/\bpermission\b/.test(options!))
      problems.push(`${name} does not name its permission`);
  }
  for (const match of source.matchAll(/^export const (\w+) = /gm)) {
    if (!wrapped.has(match[1]!))
      problems.push(`${match[1]} is not built with defineAction/definePublicAction`);
  }
  for (const match of source.matchAll(/^export async function (\w+)\([^)]*\)[^{]*\{([\s\S]*?)^\}/gm)) {
    const delegates = [...match[2]!.matchAll(/return (\w+)\(/g)].some((call) => wrapped.has(call[1]!));
    if (!delegates) problems.push(`${match[1]} does not hand off to an action built with the wrapper`);
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

  it("flags an unguarded action, a missing permission and a bare exported function (the check itself can fail)", () => {
    const bad = [
      `"use server";`,
      `export async function deleteEverything(formData: FormData) {\n  await db.user.deleteMany();\n}`,
      `export const other = async () => 1;`,
      `export const noPermission = defineAction({ input: schema }, async () => 1);`,
      `export const fine = defineAction({ input: schema, permission: "org.view" }, async () => 1);`,
      `export const alsoFine = definePublicAction({ input: schema }, async () => 1);`,
    ].join("\n");
    expect(unguardedExports(bad)).toEqual([
      "noPermission does not name its permission",
      "other is not built with defineAction/definePublicAction",
      "deleteEverything does not hand off to an action built with the wrapper",
    ]);
  });
});
