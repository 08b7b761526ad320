-- AlterTable
ALTER TABLE "RetentionRun" ADD COLUMN     "error" TEXT;

-- CreateTable
CREATE TABLE "SystemDataCategory" (
    "id" TEXT NOT NULL,
    "dataSystemId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "defaultDays" INTEGER NOT NULL,
    "minDays" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SystemDataCategory_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SystemDataCategory_dataSystemId_key_key" ON "SystemDataCategory"("dataSystemId", "key");

-- AddForeignKey
ALTER TABLE "SystemDataCategory" ADD CONSTRAINT "SystemDataCategory_dataSystemId_fkey" FOREIGN KEY ("dataSystemId") REFERENCES "DataSystem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
