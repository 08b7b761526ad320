-- CreateEnum
CREATE TYPE "LegalHoldScope" AS ENUM ('ORGANIZATION', 'SUBJECT', 'CATEGORY', 'INCIDENT');

-- CreateEnum
CREATE TYPE "DeletionPath" AS ENUM ('RETENTION_PURGE', 'DSR_ERASURE', 'ACCOUNT_DELETION', 'MANUAL_DELETE');

-- CreateTable
CREATE TABLE "RetentionPolicy" (
    "category" TEXT NOT NULL,
    "periodDays" INTEGER NOT NULL,
    "minDays" INTEGER NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RetentionPolicy_pkey" PRIMARY KEY ("category")
);

-- CreateTable
CREATE TABLE "RetentionOverride" (
    "organizationId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "periodDays" INTEGER NOT NULL,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RetentionOverride_pkey" PRIMARY KEY ("organizationId","category")
);

-- CreateTable
CREATE TABLE "RetentionRun" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "organizationId" TEXT,
    "periodDays" INTEGER NOT NULL,
    "cutoff" TIMESTAMP(3) NOT NULL,
    "selector" TEXT NOT NULL,
    "removed" INTEGER NOT NULL,
    "held" INTEGER NOT NULL DEFAULT 0,
    "oldestAt" TIMESTAMP(3),
    "newestAt" TIMESTAMP(3),
    "idsSha256" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RetentionRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalHold" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "scope" "LegalHoldScope" NOT NULL,
    "organizationId" TEXT,
    "subjectHashes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "category" TEXT,
    "incidentId" TEXT,
    "reason" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "releasedById" TEXT,
    "releasedAt" TIMESTAMP(3),
    "releaseReason" TEXT,

    CONSTRAINT "LegalHold_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HoldRefusal" (
    "id" TEXT NOT NULL,
    "holdId" TEXT NOT NULL,
    "path" "DeletionPath" NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "organizationId" TEXT,
    "records" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "subjectSealed" TEXT,
    "firstAt" TIMESTAMP(3) NOT NULL,
    "lastAt" TIMESTAMP(3) NOT NULL,
    "resumedAt" TIMESTAMP(3),

    CONSTRAINT "HoldRefusal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RetentionRun_organizationId_startedAt_idx" ON "RetentionRun"("organizationId", "startedAt");

-- CreateIndex
CREATE INDEX "RetentionRun_startedAt_idx" ON "RetentionRun"("startedAt");

-- CreateIndex
CREATE INDEX "RetentionRun_runId_idx" ON "RetentionRun"("runId");

-- CreateIndex
CREATE UNIQUE INDEX "LegalHold_reference_key" ON "LegalHold"("reference");

-- CreateIndex
CREATE INDEX "LegalHold_releasedAt_organizationId_idx" ON "LegalHold"("releasedAt", "organizationId");

-- CreateIndex
CREATE INDEX "HoldRefusal_organizationId_lastAt_idx" ON "HoldRefusal"("organizationId", "lastAt");

-- CreateIndex
CREATE UNIQUE INDEX "HoldRefusal_holdId_path_targetType_targetId_key" ON "HoldRefusal"("holdId", "path", "targetType", "targetId");

-- AddForeignKey
ALTER TABLE "HoldRefusal" ADD CONSTRAINT "HoldRefusal_holdId_fkey" FOREIGN KEY ("holdId") REFERENCES "LegalHold"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
