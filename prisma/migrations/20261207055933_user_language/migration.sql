-- AlterTable
ALTER TABLE "User" ADD COLUMN     "language" "Locale";
