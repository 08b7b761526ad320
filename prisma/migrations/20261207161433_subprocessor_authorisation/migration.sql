-- CreateEnum
CREATE TYPE "SubprocessorAuthorisation" AS ENUM ('GENERAL', 'SPECIFIC');

-- CreateEnum
CREATE TYPE "SubprocessorNoticeStatus" AS ENUM ('NOTIFIED', 'OBJECTED', 'ACCEPTED', 'DEEMED_ACCEPTED', 'APPROVED', 'REFUSED');

-- CreateEnum
CREATE TYPE "SubprocessorObjectionOutcome" AS ENUM ('WITHDRAWN', 'ALTERNATIVE', 'CONTRACT_TERMINATED');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "subprocessorAuthorisation" "SubprocessorAuthorisation" NOT NULL DEFAULT 'GENERAL',
ADD COLUMN     "subprocessorNoticeDays" INTEGER NOT NULL DEFAULT 30;

-- CreateTable
CREATE TABLE "SubprocessorNotice" (
    "id" TEXT NOT NULL,
    "changeId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "mode" "SubprocessorAuthorisation" NOT NULL,
    "noticeDays" INTEGER NOT NULL,
    "windowEndsAt" TIMESTAMP(3),
    "status" "SubprocessorNoticeStatus" NOT NULL DEFAULT 'NOTIFIED',
    "recipients" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "objectionOutcome" "SubprocessorObjectionOutcome",
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "SubprocessorNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubprocessorNoticeAnswer" (
    "id" TEXT NOT NULL,
    "noticeId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "status" "SubprocessorNoticeStatus" NOT NULL,
    "outcome" "SubprocessorObjectionOutcome",
    "text" TEXT NOT NULL DEFAULT '',
    "byName" TEXT NOT NULL,
    "byUserId" TEXT,
    "byProvider" BOOLEAN NOT NULL DEFAULT false,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SubprocessorNoticeAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SubprocessorNotice_organizationId_createdAt_idx" ON "SubprocessorNotice"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "SubprocessorNotice_status_windowEndsAt_idx" ON "SubprocessorNotice"("status", "windowEndsAt");

-- CreateIndex
CREATE UNIQUE INDEX "SubprocessorNotice_changeId_organizationId_key" ON "SubprocessorNotice"("changeId", "organizationId");

-- CreateIndex
CREATE INDEX "SubprocessorNoticeAnswer_noticeId_at_idx" ON "SubprocessorNoticeAnswer"("noticeId", "at");

-- CreateIndex
CREATE INDEX "SubprocessorNoticeAnswer_organizationId_at_idx" ON "SubprocessorNoticeAnswer"("organizationId", "at");

-- AddForeignKey
ALTER TABLE "SubprocessorNotice" ADD CONSTRAINT "SubprocessorNotice_changeId_fkey" FOREIGN KEY ("changeId") REFERENCES "SubprocessorChange"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubprocessorNotice" ADD CONSTRAINT "SubprocessorNotice_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubprocessorNoticeAnswer" ADD CONSTRAINT "SubprocessorNoticeAnswer_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "SubprocessorNotice"("id") ON DELETE CASCADE ON UPDATE CASCADE;
