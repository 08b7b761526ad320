import "server-only";
// The closing organisation's export files (ADR 0023: one folder per organisation under EXPORT_DIR) go with
// it: the whole folder, finished and unfinished files alike. Returns how many files were deleted.
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { exportRoot } from "../org-export/storage.ts";

export async function removeOrganizationExportFiles(
  organizationId: string,
  root = exportRoot(),
): Promise<number> {
  if (!/^[A-Za-z0-9_-]+$/.test(organizationId)) throw new Error("not an organisation id");
  const dir = path.join(root, organizationId);
  const names = await readdir(dir).catch(() => [] as string[]);
  await rm(dir, { recursive: true, force: true });
  return names.length;
}
