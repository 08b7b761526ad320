-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('en', 'de');

-- CreateEnum
CREATE TYPE "TrustDocumentKind" AS ENUM ('SECURITY_OVERVIEW', 'TOMS', 'FAQ', 'AI', 'DPA', 'CUSTOM');

-- CreateEnum
CREATE TYPE "SubprocessorChangeType" AS ENUM ('ADD', 'REPLACE', 'REMOVE');

-- CreateEnum
CREATE TYPE "ComplianceStatus" AS ENUM ('COMPLIANT', 'IN_PROGRESS', 'PLANNED', 'EVALUATION');

-- CreateEnum
CREATE TYPE "AccessRequestStatus" AS ENUM ('PENDING', 'DECIDED');

-- CreateEnum
CREATE TYPE "AccessGrantStatus" AS ENUM ('PENDING', 'APPROVED', 'DENIED');

-- CreateEnum
CREATE TYPE "AccessRuleAction" AS ENUM ('AUTO_APPROVE', 'AUTO_DENY');

-- AlterTable
ALTER TABLE "ProviderSettings" ADD COLUMN     "brandColor" TEXT NOT NULL DEFAULT '#1d4ed8',
ADD COLUMN     "dataLocation" TEXT NOT NULL DEFAULT 'European Union',
ADD COLUMN     "dataLocationDe" TEXT NOT NULL DEFAULT 'Europäische Union',
ADD COLUMN     "refuseFreeMailDomains" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "securityPolicyUrl" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "tagline" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "taglineDe" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "headers" TEXT;

-- CreateTable
CREATE TABLE "TrustDocument" (
    "id" TEXT NOT NULL,
    "kind" "TrustDocumentKind" NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrustDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrustDocumentDraft" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrustDocumentDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrustDocumentVersion" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "changelog" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,

    CONSTRAINT "TrustDocumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrustUpdate" (
    "id" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleDe" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "summaryDe" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrustUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subprocessor" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "purposeDe" TEXT NOT NULL DEFAULT '',
    "dataCategories" TEXT[],
    "dataCategoriesDe" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "location" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "transferMechanism" TEXT NOT NULL,
    "website" TEXT NOT NULL DEFAULT '',
    "dpaReference" TEXT NOT NULL DEFAULT '',
    "activeFrom" DATE NOT NULL,
    "activeUntil" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Subprocessor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubprocessorChange" (
    "id" TEXT NOT NULL,
    "type" "SubprocessorChangeType" NOT NULL,
    "subprocessorId" TEXT NOT NULL,
    "replacedId" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "noteDe" TEXT NOT NULL DEFAULT '',
    "announcedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "effectiveDate" DATE NOT NULL,
    "announcedById" TEXT,

    CONSTRAINT "SubprocessorChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscriber" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'en',
    "confirmTokenHash" TEXT,
    "confirmExpiresAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3),
    "unsubscribeTokenHash" TEXT NOT NULL,
    "unsubscribeTokenSealed" TEXT NOT NULL,
    "unsubscribedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Subscriber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplianceItem" (
    "id" TEXT NOT NULL,
    "standard" TEXT NOT NULL,
    "status" "ComplianceStatus" NOT NULL,
    "targetDate" DATE,
    "description" TEXT NOT NULL DEFAULT '',
    "descriptionDe" TEXT NOT NULL DEFAULT '',
    "certificateDocumentId" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ComplianceItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LibraryDocument" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleDe" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "descriptionDe" TEXT NOT NULL DEFAULT '',
    "gated" BOOLEAN NOT NULL DEFAULT true,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "uploadedById" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LibraryDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NdaTemplate" (
    "id" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,

    CONSTRAINT "NdaTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NdaAcceptance" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "templateVersion" INTEGER NOT NULL,
    "templateHash" TEXT NOT NULL,
    "typedName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,
    "acceptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NdaAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessRequest" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "company" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'en',
    "status" "AccessRequestStatus" NOT NULL DEFAULT 'PENDING',
    "ndaAcceptanceId" TEXT NOT NULL,
    "accessTokenHash" TEXT,
    "ip" TEXT,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccessRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessGrant" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "status" "AccessGrantStatus" NOT NULL DEFAULT 'PENDING',
    "expiresAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decidedByRuleId" TEXT,
    "reason" TEXT NOT NULL DEFAULT '',
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccessGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessRule" (
    "id" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "action" "AccessRuleAction" NOT NULL,
    "grantDays" INTEGER,
    "reason" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccessRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentDownload" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "grantId" TEXT,
    "requestId" TEXT,
    "email" TEXT,
    "company" TEXT,
    "deliveredSha256" TEXT NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,
    "downloadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentDownload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TrustDocument_slug_key" ON "TrustDocument"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "TrustDocumentDraft_documentId_locale_key" ON "TrustDocumentDraft"("documentId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "TrustDocumentVersion_documentId_locale_version_key" ON "TrustDocumentVersion"("documentId", "locale", "version");

-- CreateIndex
CREATE INDEX "TrustUpdate_publishedAt_idx" ON "TrustUpdate"("publishedAt");

-- CreateIndex
CREATE INDEX "SubprocessorChange_subprocessorId_idx" ON "SubprocessorChange"("subprocessorId");

-- CreateIndex
CREATE INDEX "SubprocessorChange_replacedId_idx" ON "SubprocessorChange"("replacedId");

-- CreateIndex
CREATE INDEX "SubprocessorChange_announcedAt_idx" ON "SubprocessorChange"("announcedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_email_key" ON "Subscriber"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_confirmTokenHash_key" ON "Subscriber"("confirmTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_unsubscribeTokenHash_key" ON "Subscriber"("unsubscribeTokenHash");

-- CreateIndex
CREATE INDEX "ComplianceItem_certificateDocumentId_idx" ON "ComplianceItem"("certificateDocumentId");

-- CreateIndex
CREATE UNIQUE INDEX "LibraryDocument_slug_key" ON "LibraryDocument"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "NdaTemplate_locale_version_key" ON "NdaTemplate"("locale", "version");

-- CreateIndex
CREATE INDEX "NdaAcceptance_templateId_idx" ON "NdaAcceptance"("templateId");

-- CreateIndex
CREATE UNIQUE INDEX "AccessRequest_ndaAcceptanceId_key" ON "AccessRequest"("ndaAcceptanceId");

-- CreateIndex
CREATE UNIQUE INDEX "AccessRequest_accessTokenHash_key" ON "AccessRequest"("accessTokenHash");

-- CreateIndex
CREATE INDEX "AccessRequest_status_createdAt_idx" ON "AccessRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "AccessRequest_email_idx" ON "AccessRequest"("email");

-- CreateIndex
CREATE INDEX "AccessGrant_documentId_idx" ON "AccessGrant"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "AccessGrant_requestId_documentId_key" ON "AccessGrant"("requestId", "documentId");

-- CreateIndex
CREATE UNIQUE INDEX "AccessRule_domain_key" ON "AccessRule"("domain");

-- CreateIndex
CREATE INDEX "DocumentDownload_documentId_downloadedAt_idx" ON "DocumentDownload"("documentId", "downloadedAt");

-- CreateIndex
CREATE INDEX "DocumentDownload_grantId_idx" ON "DocumentDownload"("grantId");

-- CreateIndex
CREATE INDEX "DocumentDownload_requestId_idx" ON "DocumentDownload"("requestId");

-- AddForeignKey
ALTER TABLE "TrustDocumentDraft" ADD CONSTRAINT "TrustDocumentDraft_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "TrustDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustDocumentVersion" ADD CONSTRAINT "TrustDocumentVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "TrustDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubprocessorChange" ADD CONSTRAINT "SubprocessorChange_subprocessorId_fkey" FOREIGN KEY ("subprocessorId") REFERENCES "Subprocessor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubprocessorChange" ADD CONSTRAINT "SubprocessorChange_replacedId_fkey" FOREIGN KEY ("replacedId") REFERENCES "Subprocessor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplianceItem" ADD CONSTRAINT "ComplianceItem_certificateDocumentId_fkey" FOREIGN KEY ("certificateDocumentId") REFERENCES "LibraryDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NdaAcceptance" ADD CONSTRAINT "NdaAcceptance_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "NdaTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessRequest" ADD CONSTRAINT "AccessRequest_ndaAcceptanceId_fkey" FOREIGN KEY ("ndaAcceptanceId") REFERENCES "NdaAcceptance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessGrant" ADD CONSTRAINT "AccessGrant_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "AccessRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessGrant" ADD CONSTRAINT "AccessGrant_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "LibraryDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentDownload" ADD CONSTRAINT "DocumentDownload_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "LibraryDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentDownload" ADD CONSTRAINT "DocumentDownload_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "AccessGrant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentDownload" ADD CONSTRAINT "DocumentDownload_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "AccessRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Published trust document versions and NDA versions are immutable: what a reviewer read, or what a
-- requester accepted, must stay exactly as it was (its SHA-256 is shown and stored as evidence).
CREATE FUNCTION published_version_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is immutable once published: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER trust_document_version_immutable
  BEFORE UPDATE OR DELETE ON "TrustDocumentVersion"
  FOR EACH ROW EXECUTE FUNCTION published_version_refuse_change();

CREATE TRIGGER nda_template_immutable
  BEFORE UPDATE OR DELETE ON "NdaTemplate"
  FOR EACH ROW EXECUTE FUNCTION published_version_refuse_change();
