-- CreateEnum
CREATE TYPE "RecordsFactKind" AS ENUM ('PROCESSOR', 'CONTROLLER', 'SUBPROCESSOR');

-- CreateTable
CREATE TABLE "RecordsFactVersion" (
    "id" TEXT NOT NULL,
    "kind" "RecordsFactKind" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "organizationId" TEXT,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "facts" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecordsFactVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RecordsFactVersion_kind_subjectId_validFrom_idx" ON "RecordsFactVersion"("kind", "subjectId", "validFrom");

-- CreateIndex
CREATE INDEX "RecordsFactVersion_organizationId_idx" ON "RecordsFactVersion"("organizationId");

-- AddForeignKey
ALTER TABLE "RecordsFactVersion" ADD CONSTRAINT "RecordsFactVersion_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
