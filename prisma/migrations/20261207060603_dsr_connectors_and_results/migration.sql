-- AlterTable
ALTER TABLE "DsrTask" ADD COLUMN     "evidenceFileType" TEXT,
ADD COLUMN     "queuedAt" TIMESTAMP(3),
ADD COLUMN     "recipients" JSONB;

-- CreateTable
CREATE TABLE "DsrPackage" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "readyAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "purgedAt" TIMESTAMP(3),
    "sha256" TEXT NOT NULL,
    "files" INTEGER NOT NULL,
    "rows" INTEGER NOT NULL,

    CONSTRAINT "DsrPackage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DsrPackageDownload" (
    "id" TEXT NOT NULL,
    "packageId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "ip" TEXT,

    CONSTRAINT "DsrPackageDownload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DsrPackage_requestId_key" ON "DsrPackage"("requestId");

-- CreateIndex
CREATE INDEX "DsrPackage_purgedAt_expiresAt_idx" ON "DsrPackage"("purgedAt", "expiresAt");

-- CreateIndex
CREATE INDEX "DsrPackageDownload_packageId_at_idx" ON "DsrPackageDownload"("packageId", "at");

-- CreateIndex
CREATE INDEX "DsrTask_status_queuedAt_idx" ON "DsrTask"("status", "queuedAt");

-- AddForeignKey
ALTER TABLE "DsrPackage" ADD CONSTRAINT "DsrPackage_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "DataSubjectRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DsrPackageDownload" ADD CONSTRAINT "DsrPackageDownload_packageId_fkey" FOREIGN KEY ("packageId") REFERENCES "DsrPackage"("id") ON DELETE CASCADE ON UPDATE CASCADE;
