// The DPA version organisations accept (ADR 0029): the newest English version — the English text binds,
// the German one is a translation published on its own schedule, so a German publish asks nobody to accept
// again. Takes any reader (the client or a transaction).
import type { Tx } from "../db/client.ts";
import { BUILT_IN_SLUGS } from "../trust/policies/kinds.ts";

/** The language whose versions are accepted. */
export const BINDING_LOCALE = "en" as const;

export type DpaVersionFacts = {
  id: string;
  version: number;
  title: string;
  contentHash: string;
  effectiveDate: Date;
  publishedAt: Date;
};

export const dpaVersionSelect = {
  id: true,
  version: true,
  title: true,
  contentHash: true,
  effectiveDate: true,
  publishedAt: true,
} as const;

export type VersionReader = Pick<Tx, "trustDocumentVersion">;

/** The current DPA version, or null while none is published; `at`: as it was then. */
export async function currentDpaVersion(reader: VersionReader, at?: Date): Promise<DpaVersionFacts | null> {
  return reader.trustDocumentVersion.findFirst({
    where: {
      document: { slug: BUILT_IN_SLUGS.DPA },
      locale: BINDING_LOCALE,
      ...(at ? { publishedAt: { lte: at } } : {}),
    },
    orderBy: { version: "desc" },
    select: dpaVersionSelect,
  });
}
