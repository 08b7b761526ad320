-- CreateTable
CREATE TABLE "ProcessingActivity" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "ProcessingActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessingActivityVersion" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "processingCategories" TEXT[],
    "dataCategories" TEXT[],
    "dataSubjectCategories" TEXT[],
    "systemKeys" TEXT[],
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validUntil" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessingActivityVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProcessingActivityVersion_validFrom_idx" ON "ProcessingActivityVersion"("validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "ProcessingActivityVersion_activityId_version_key" ON "ProcessingActivityVersion"("activityId", "version");

-- AddForeignKey
ALTER TABLE "ProcessingActivityVersion" ADD CONSTRAINT "ProcessingActivityVersion_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "ProcessingActivity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
