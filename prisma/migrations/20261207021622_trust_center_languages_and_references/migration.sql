-- Issue 11: each language of the public updates shows its own entries; compliance standards get a German
-- name; access requests get the reference their requester is told to quote.

-- AlterTable
ALTER TABLE "TrustUpdate" ADD COLUMN     "locale" "Locale";

-- Document entries so far were written for both languages with the version's change note in both
-- summaries: mark each with the language it announces, and give the other language a sentence of its own.
UPDATE "TrustUpdate"
SET "locale" = 'de', "summary" = 'This change is in the German version only so far.'
WHERE "topic" = 'DOCUMENT' AND "title" LIKE '%: version % published (German)';
UPDATE "TrustUpdate"
SET "locale" = 'en', "summaryDe" = 'Diese Änderung liegt bisher nur in der englischen Fassung vor.'
WHERE "topic" = 'DOCUMENT' AND "title" LIKE '%: version % published (English)';

-- AlterTable
ALTER TABLE "ComplianceItem" ADD COLUMN     "standardDe" TEXT NOT NULL DEFAULT '';

-- AlterTable (the volatile default is drawn for every existing request too)
ALTER TABLE "AccessRequest" ADD COLUMN     "reference" TEXT NOT NULL DEFAULT ('AR-'::text || upper(substr(md5((gen_random_uuid())::text), 1, 5)) || '-'::text || upper(substr(md5((gen_random_uuid())::text), 1, 5)));

-- CreateIndex
CREATE UNIQUE INDEX "AccessRequest_reference_key" ON "AccessRequest"("reference");
