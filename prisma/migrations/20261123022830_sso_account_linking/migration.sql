-- AlterTable
ALTER TABLE "SsoAuthRequest" ADD COLUMN     "linkUserId" TEXT;
