-- CreateEnum
CREATE TYPE "OrganizationExportStatus" AS ENUM ('QUEUED', 'RUNNING', 'READY', 'FAILED', 'EXPIRED');

-- CreateTable
CREATE TABLE "OrganizationExport" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "status" "OrganizationExportStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "heartbeatAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "rowsDone" INTEGER NOT NULL DEFAULT 0,
    "rowsTotal" INTEGER NOT NULL DEFAULT 0,
    "readyAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "fileName" TEXT,
    "sha256" TEXT,
    "bytes" BIGINT,
    "files" INTEGER,
    "error" TEXT,
    "downloads" INTEGER NOT NULL DEFAULT 0,
    "lastDownloadAt" TIMESTAMP(3),
    "purgedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganizationExport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrganizationExport_organizationId_requestedAt_idx" ON "OrganizationExport"("organizationId", "requestedAt");

-- CreateIndex
CREATE INDEX "OrganizationExport_status_expiresAt_idx" ON "OrganizationExport"("status", "expiresAt");

-- AddForeignKey
ALTER TABLE "OrganizationExport" ADD CONSTRAINT "OrganizationExport_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
