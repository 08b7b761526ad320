-- CreateEnum
CREATE TYPE "DsrDeadlineChangeKind" AS ENUM ('EXTENSION', 'INSTRUCTED');

-- CreateEnum
CREATE TYPE "DirectRequestStatus" AS ENUM ('RECEIVED', 'ROUTED', 'CLOSED');

-- AlterTable
ALTER TABLE "DsrDeadlineChange" ADD COLUMN     "kind" "DsrDeadlineChangeKind" NOT NULL DEFAULT 'EXTENSION';

-- CreateTable
CREATE TABLE "DsrReferenceCounter" (
    "organizationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "DsrReferenceCounter_pkey" PRIMARY KEY ("organizationId","year")
);

-- CreateTable
CREATE TABLE "DirectRequest" (
    "id" TEXT NOT NULL,
    "type" "DsrType" NOT NULL,
    "contentSealed" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "status" "DirectRequestStatus" NOT NULL DEFAULT 'RECEIVED',
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "routedRequestId" TEXT,
    "closedReason" TEXT,
    "handledById" TEXT,
    "handledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DirectRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DirectRequest_routedRequestId_key" ON "DirectRequest"("routedRequestId");

-- CreateIndex
CREATE INDEX "DirectRequest_status_receivedAt_idx" ON "DirectRequest"("status", "receivedAt");

-- AddForeignKey
ALTER TABLE "DsrReferenceCounter" ADD CONSTRAINT "DsrReferenceCounter_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectRequest" ADD CONSTRAINT "DirectRequest_routedRequestId_fkey" FOREIGN KEY ("routedRequestId") REFERENCES "DataSubjectRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;
