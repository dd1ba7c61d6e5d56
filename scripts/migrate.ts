// `npm run db:migrate`: applies pending migrations to DATABASE_PATH (default data/app.db).
import { env } from "@/core/env";
import { getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

migrateDatabase(getDb());
console.log(`Database ready at ${env.DATABASE_PATH}`);
