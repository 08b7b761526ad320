import "server-only";
// Where export files live (ADR 0023): under EXPORT_DIR, one folder per organisation, one file per run
// ("<exportId>-<attempt>.zip", written as "….part" and renamed when complete), so a restarted run never
// writes into the file of another and a half-written file never has the final name.
import { mkdir, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { env } from "../config/env.ts";

export function exportRoot(): string {
  return path.resolve(env().EXPORT_DIR);
}

/** The file of one run, relative to the root (what OrganizationExport.fileName stores). */
export function exportFileName(organizationId: string, exportId: string, attempt: number): string {
  return path.join(organizationId, `${exportId}-${attempt}.zip`);
}

/** The absolute path of a stored file name; refuses anything that would leave the root. */
export function exportPath(fileName: string, root = exportRoot()): string {
  const full = path.resolve(root, fileName);
  if (!full.startsWith(`${root}${path.sep}`)) throw new Error("export file outside EXPORT_DIR");
  return full;
}

export async function ensureOrganizationDir(organizationId: string, root = exportRoot()): Promise<void> {
  await mkdir(path.join(root, organizationId), { recursive: true, mode: 0o700 });
}

/** Deletes every file of an export (all runs, finished or not) but `keep`. */
export async function removeExportFiles(
  organizationId: string,
  exportId: string,
  keep: string | null = null,
  root = exportRoot(),
): Promise<void> {
  const dir = path.join(root, organizationId);
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(`${exportId}-`)) continue;
    if (keep && path.join(organizationId, name) === keep) continue;
    await rm(path.join(dir, name), { force: true });
  }
}
