import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "dist/**", "out/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "tmp/**"]),
  {
    rules: {
      // `_name` marks a value dropped on purpose (e.g. the owner id stripped from a DTO).
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    // Client components run in the browser: they must not pull in server-only modules.
    files: ["components/**/*.tsx", "app/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/db/*", "@/db"], message: "Pages and components reach the database only through lib/data." }] },
      ],
    },
  },
]);
