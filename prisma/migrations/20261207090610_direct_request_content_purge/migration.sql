-- AlterTable
ALTER TABLE "DirectRequest" ADD COLUMN     "contentPurgedAt" TIMESTAMP(3),
ALTER COLUMN "contentSealed" DROP NOT NULL;
