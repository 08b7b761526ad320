import "server-only";
// Finding the document a staff action or the seed works on, by its public slug. The built-in
// documents exist as soon as someone first saves or publishes them, so a fresh installation needs no
// seed to start writing; custom pages must have been created first.
import { AppError } from "../../errors.ts";
import type { Tx } from "../../db/client.ts";
import type { TrustDocumentKind } from "../../generated/prisma/enums.ts";
import { builtInKindOfSlug } from "./kinds.ts";

export type DocumentRecord = { id: string; slug: string; kind: TrustDocumentKind };

export async function documentForWriting(tx: Tx, slug: string): Promise<DocumentRecord> {
  const select = { id: true, slug: true, kind: true } as const;
  const existing = await tx.trustDocument.findUnique({ where: { slug }, select });
  if (existing) return existing;
  const kind = builtInKindOfSlug(slug);
  if (!kind) throw new AppError("not_found");
  return tx.trustDocument.upsert({ where: { slug }, create: { slug, kind }, update: {}, select });
}
