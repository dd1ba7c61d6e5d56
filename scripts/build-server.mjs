// Part of `npm run build`: bundles the production entry points that run outside Next's own
// bundles into dist/*.mjs, so production needs neither tsx nor TypeScript to run them.
// Packages stay external (they come from node_modules); the app's own modules are bundled.
import { build } from "esbuild";

const entryPoints = {
  server: "server/main.ts", // npm start
  reminders: "scripts/send-reminders.ts", // npm run reminders (cron)
  migrate: "scripts/migrate.ts", // npm run db:migrate
  "db-backup": "scripts/db-backup.ts", // npm run db:backup [dir]
  "db-restore": "scripts/db-restore.ts", // npm run db:restore FILE
};

await build({
  entryPoints,
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  tsconfig: "tsconfig.json",
  // React's automatic runtime for the e-mail templates.
  jsx: "automatic",
  logLevel: "warning",
  legalComments: "none",
  // Bundled modules keep their own folder layout out of the picture: paths they read
  // (content/, messages/, db/migrations) are resolved from the working directory.
});
console.log(
  `Bundled ${Object.keys(entryPoints)
    .map((name) => `dist/${name}.mjs`)
    .join(", ")}`,
);
