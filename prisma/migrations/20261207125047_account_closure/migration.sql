-- CreateEnum
CREATE TYPE "AccountClosureChoice" AS ENUM ('RETURN', 'DELETION');

-- CreateEnum
CREATE TYPE "AccountClosureStatus" AS ENUM ('SCHEDULED', 'HELD', 'DELETING', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AccountClosureSystemStatus" AS ENUM ('PENDING', 'WAITING', 'DONE', 'BLOCKED', 'FAILED');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "closingSince" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "AccountClosure" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "organizationSlug" TEXT NOT NULL,
    "organizationName" TEXT NOT NULL,
    "choice" "AccountClosureChoice" NOT NULL,
    "status" "AccountClosureStatus" NOT NULL DEFAULT 'SCHEDULED',
    "requestedById" TEXT NOT NULL,
    "requestedByName" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "deleteAfter" TIMESTAMP(3) NOT NULL,
    "deleteBy" TIMESTAMP(3) NOT NULL,
    "cancelledAt" TIMESTAMP(3),
    "cancelledById" TEXT,
    "heldByReference" TEXT,
    "heldAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "lastError" TEXT,
    "owners" JSONB,
    "certificate" TEXT,
    "certificateSha256" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccountClosure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountClosureSystem" (
    "id" TEXT NOT NULL,
    "closureId" TEXT NOT NULL,
    "dataSystemId" TEXT NOT NULL,
    "systemKey" TEXT NOT NULL,
    "systemName" TEXT NOT NULL,
    "connector" "ConnectorKind" NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "status" "AccountClosureSystemStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "firstAskedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "records" INTEGER,
    "tables" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "ground" TEXT,
    "blockedUntil" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "AccountClosureSystem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccountClosure_reference_key" ON "AccountClosure"("reference");

-- CreateIndex
CREATE INDEX "AccountClosure_status_deleteAfter_idx" ON "AccountClosure"("status", "deleteAfter");

-- CreateIndex
CREATE INDEX "AccountClosure_organizationId_idx" ON "AccountClosure"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "AccountClosureSystem_idempotencyKey_key" ON "AccountClosureSystem"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "AccountClosureSystem_closureId_dataSystemId_key" ON "AccountClosureSystem"("closureId", "dataSystemId");

-- AddForeignKey
ALTER TABLE "AccountClosureSystem" ADD CONSTRAINT "AccountClosureSystem_closureId_fkey" FOREIGN KEY ("closureId") REFERENCES "AccountClosure"("id") ON DELETE CASCADE ON UPDATE CASCADE;
