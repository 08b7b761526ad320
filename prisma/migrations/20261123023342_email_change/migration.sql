-- AlterEnum
ALTER TYPE "TokenPurpose" ADD VALUE 'EMAIL_CHANGE';

-- AlterTable
ALTER TABLE "OneTimeToken" ADD COLUMN     "newEmail" TEXT;
