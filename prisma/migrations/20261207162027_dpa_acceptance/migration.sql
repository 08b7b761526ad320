-- AlterTable
ALTER TABLE "TrustDocumentDraft" ADD COLUMN     "dpaParticulars" JSONB;

-- AlterTable
ALTER TABLE "TrustDocumentVersion" ADD COLUMN     "dpaParticulars" JSONB;

-- CreateTable
CREATE TABLE "DpaAcceptance" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "organizationName" TEXT NOT NULL,
    "organizationSlug" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "locale" "Locale" NOT NULL,
    "contentHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "userEmail" TEXT NOT NULL,
    "signatoryName" TEXT NOT NULL,
    "signatoryTitle" TEXT NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,
    "acceptedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DpaAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DpaSignatory" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "namedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DpaSignatory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NegotiatedDpa" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "file" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "attachedById" TEXT NOT NULL,
    "attachedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NegotiatedDpa_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DpaNotice" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "stage" INTEGER NOT NULL,
    "recipients" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DpaNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DpaAcceptance_organizationId_acceptedAt_idx" ON "DpaAcceptance"("organizationId", "acceptedAt");

-- CreateIndex
CREATE INDEX "DpaAcceptance_versionId_idx" ON "DpaAcceptance"("versionId");

-- CreateIndex
CREATE INDEX "DpaSignatory_userId_idx" ON "DpaSignatory"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "DpaSignatory_organizationId_userId_key" ON "DpaSignatory"("organizationId", "userId");

-- CreateIndex
CREATE INDEX "NegotiatedDpa_organizationId_attachedAt_idx" ON "NegotiatedDpa"("organizationId", "attachedAt");

-- CreateIndex
CREATE INDEX "DpaNotice_versionId_idx" ON "DpaNotice"("versionId");

-- CreateIndex
CREATE UNIQUE INDEX "DpaNotice_organizationId_versionId_stage_key" ON "DpaNotice"("organizationId", "versionId", "stage");

-- AddForeignKey
ALTER TABLE "DpaSignatory" ADD CONSTRAINT "DpaSignatory_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DpaNotice" ADD CONSTRAINT "DpaNotice_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- DPA acceptances and negotiated DPAs are evidence of the contract (GDPR.md D3; ADR 0029): immutable once
-- written. The trigger refuses UPDATE and DELETE for every role; the application's role has neither right
-- either (lib/db/app-role.ts), so it cannot drop the trigger or change a row.
CREATE FUNCTION dpa_evidence_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is immutable evidence: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER dpa_acceptance_immutable
  BEFORE UPDATE OR DELETE ON "DpaAcceptance"
  FOR EACH ROW EXECUTE FUNCTION dpa_evidence_refuse_change();

CREATE TRIGGER negotiated_dpa_immutable
  BEFORE UPDATE OR DELETE ON "NegotiatedDpa"
  FOR EACH ROW EXECUTE FUNCTION dpa_evidence_refuse_change();
