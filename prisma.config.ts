import { defineConfig } from "prisma/config";

// The CLI does not load .env by itself; DATABASE_URL comes from the environment
// (scripts/run.ts sets it when it starts the embedded PostgreSQL).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
});
