-- CreateEnum
CREATE TYPE "ConnectorKind" AS ENUM ('WEBHOOK', 'MANUAL');

-- CreateEnum
CREATE TYPE "DsrType" AS ENUM ('ACCESS', 'ERASURE', 'RECTIFICATION', 'RESTRICTION', 'PORTABILITY', 'OBJECTION');

-- CreateEnum
CREATE TYPE "DsrStatus" AS ENUM ('FORWARDED', 'OPEN', 'IN_PROGRESS', 'COMPLETED', 'DECLINED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "DsrSource" AS ENUM ('PORTAL', 'CSV_IMPORT', 'API', 'FORWARDED');

-- CreateEnum
CREATE TYPE "DsrTaskAction" AS ENUM ('EXPORT', 'ERASE', 'ABSENCE_CHECK', 'RECTIFY', 'RESTRICT', 'LIFT_RESTRICTION', 'OBJECT');

-- CreateEnum
CREATE TYPE "DsrTaskStatus" AS ENUM ('PENDING', 'WAITING', 'DONE', 'NOT_FOUND', 'BLOCKED', 'FAILED', 'CANCELLED');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "dsrDueOnWorkingDay" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "DataSystem" ADD COLUMN     "connector" "ConnectorKind" NOT NULL DEFAULT 'MANUAL',
ADD COLUMN     "endpointUrl" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "signingSecretSealed" TEXT;

-- CreateTable
CREATE TABLE "DataSubjectRequest" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "type" "DsrType" NOT NULL,
    "status" "DsrStatus" NOT NULL,
    "source" "DsrSource" NOT NULL,
    "subjectSealed" TEXT,
    "subjectHash" TEXT NOT NULL,
    "detailsSealed" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "legalDueAt" TIMESTAMP(3) NOT NULL,
    "processorDueAt" TIMESTAMP(3) NOT NULL,
    "instructionReference" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "identityAttestedAt" TIMESTAMP(3),
    "identityAttestedById" TEXT,
    "instructedAt" TIMESTAMP(3),
    "filedById" TEXT,
    "assigneeId" TEXT,
    "declineReason" TEXT,
    "reminderSentAt" TIMESTAMP(3),
    "escalatedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DataSubjectRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DsrDeadlineChange" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "previousDueAt" TIMESTAMP(3) NOT NULL,
    "newDueAt" TIMESTAMP(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "byUserId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "controllerToldAt" TIMESTAMP(3),

    CONSTRAINT "DsrDeadlineChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DsrComment" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DsrComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DsrTask" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "dataSystemId" TEXT NOT NULL,
    "action" "DsrTaskAction" NOT NULL,
    "status" "DsrTaskStatus" NOT NULL DEFAULT 'PENDING',
    "idempotencyKey" TEXT NOT NULL,
    "callbackTokenHash" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastAttemptAt" TIMESTAMP(3),
    "lastError" TEXT,
    "records" INTEGER,
    "fields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "ground" TEXT,
    "blockedUntil" TIMESTAMP(3),
    "absent" BOOLEAN,
    "exportSealed" TEXT,
    "evidenceNote" TEXT,
    "evidenceFileName" TEXT,
    "evidenceFile" BYTEA,
    "completedById" TEXT,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DsrTask_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DataSubjectRequest_organizationId_status_legalDueAt_idx" ON "DataSubjectRequest"("organizationId", "status", "legalDueAt");

-- CreateIndex
CREATE INDEX "DataSubjectRequest_status_processorDueAt_idx" ON "DataSubjectRequest"("status", "processorDueAt");

-- CreateIndex
CREATE INDEX "DataSubjectRequest_organizationId_subjectHash_idx" ON "DataSubjectRequest"("organizationId", "subjectHash");

-- CreateIndex
CREATE UNIQUE INDEX "DataSubjectRequest_organizationId_reference_key" ON "DataSubjectRequest"("organizationId", "reference");

-- CreateIndex
CREATE INDEX "DsrDeadlineChange_requestId_at_idx" ON "DsrDeadlineChange"("requestId", "at");

-- CreateIndex
CREATE INDEX "DsrComment_requestId_createdAt_idx" ON "DsrComment"("requestId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DsrTask_idempotencyKey_key" ON "DsrTask"("idempotencyKey");

-- CreateIndex
CREATE INDEX "DsrTask_dataSystemId_status_idx" ON "DsrTask"("dataSystemId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "DsrTask_requestId_dataSystemId_action_key" ON "DsrTask"("requestId", "dataSystemId", "action");

-- AddForeignKey
ALTER TABLE "DataSubjectRequest" ADD CONSTRAINT "DataSubjectRequest_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DsrDeadlineChange" ADD CONSTRAINT "DsrDeadlineChange_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "DataSubjectRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DsrComment" ADD CONSTRAINT "DsrComment_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "DataSubjectRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DsrTask" ADD CONSTRAINT "DsrTask_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "DataSubjectRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DsrTask" ADD CONSTRAINT "DsrTask_dataSystemId_fkey" FOREIGN KEY ("dataSystemId") REFERENCES "DataSystem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
