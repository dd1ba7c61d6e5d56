import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: [
      { find: "@", replacement: import.meta.dirname },
      // Next provides `server-only` to its own bundles; plain Node needs an empty stand-in.
      {
        find: "server-only",
        replacement: path.join(
          import.meta.dirname,
          "node_modules/next/dist/compiled/server-only/empty.js",
        ),
      },
      // next-auth imports "next/server" without an extension, which only bundlers resolve.
      { find: /^next\/(server|headers|navigation)$/, replacement: "next/$1.js" },
    ],
  },
  test: {
    environment: "node",
    pool: "forks",
    setupFiles: ["./test/setup-env.ts"],
    // Run next-auth through Vite so the alias above applies to its imports too.
    server: { deps: { inline: ["next-auth"] } },
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", ".next/**", "e2e/**"],
  },
});
