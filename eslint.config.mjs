import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * Import boundaries (README, "Folder layout"): which layer may import which. Enforced here, not
 * only described, so a shortcut fails `npm run lint`.
 */
const boundaries = [
  {
    target: "./lib",
    from: ["./app", "./components", "./jobs", "./server"],
    message:
      "lib/ holds rules and services; pages, components and jobs build on it, not the reverse.",
  },
  {
    target: "./lib/tracker",
    from: ["./db", "./lib/data", "./lib/mail", "./lib/auth"],
    message: "lib/tracker keeps pure rules: no database, mail or session.",
  },
  {
    target: "./lib/reminders",
    from: ["./db", "./lib/data", "./lib/mail", "./lib/auth"],
    message: "lib/reminders keeps pure rules: no database, mail or session.",
  },
  {
    target: "./components",
    from: ["./app", "./db", "./jobs"],
    message:
      "Components get data and actions as props; they do not reach into app/ or the database.",
  },
  {
    target: "./components",
    from: "./lib/data",
    except: ["./dto.ts"],
    message:
      "Components get data as props (the DTO types in lib/data/dto.ts), not from the data layer.",
  },
  {
    target: "./app",
    from: ["./db", "./jobs"],
    message: "Pages and actions reach the database only through lib/data.",
  },
  {
    target: "./db",
    from: ["./app", "./components", "./jobs", "./lib", "./server", "./emails"],
    message: "db/ is the schema and the connection: it builds on core/ only, nothing above it.",
  },
  {
    target: "./core",
    from: ["./app", "./components", "./db", "./jobs", "./lib", "./server", "./emails", "./scripts"],
    message:
      "core/ is the bottom floor (settings, the words every layer shares): it imports nothing of ours.",
  },
  {
    target: "./jobs",
    from: ["./app", "./components"],
    message: "Jobs run without Next: no pages or components.",
  },
  {
    target: "./emails",
    from: ["./app", "./db", "./lib/data", "./jobs"],
    message: "E-mail templates are props in, markup out.",
  },
  {
    target: "./server",
    from: ["./app", "./components", "./jobs", "./lib/data"],
    message: "The production server wraps Next; it does not render or query.",
  },
];

// Repeated in every block that sets no-restricted-imports (a later block replaces the rule).
const rootAlias = { group: ["../*"], message: "Import from the project root as @/…" };
const nextLink = {
  name: "next/link",
  message:
    "Use Link from @/components/ui/link: it keeps pages rendered per request from being prefetched.",
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "dist/**",
    "out/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "tmp/**",
  ]),
  {
    rules: {
      // `_name` marks a value dropped on purpose (e.g. the owner id stripped from a DTO).
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "import/no-restricted-paths": ["error", { zones: boundaries }],
      // One import order everywhere (fixed by `eslint --fix`): packages, then `@/…`, then siblings.
      "import/order": [
        "error",
        {
          groups: [
            "builtin",
            "external",
            "internal",
            ["parent", "sibling", "index"],
            "object",
            "type",
          ],
          pathGroups: [{ pattern: "@/**", group: "internal" }],
          pathGroupsExcludedImportTypes: ["builtin"],
          "newlines-between": "never",
          alphabetize: { order: "asc", caseInsensitive: true },
        },
      ],
      // One alias style: a file outside the current folder is `@/path/from/root`, never `../../`.
      "no-restricted-imports": ["error", { paths: [nextLink], patterns: [rootAlias] }],
    },
  },
  {
    files: ["components/ui/link.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [rootAlias] }] },
  },
  {
    // Tests, benchmarks and e2e specs set up and check state across layers on purpose.
    files: ["**/*.test.ts", "**/*.test.tsx", "e2e/**", "test/**", "bench/**"],
    rules: { "import/no-restricted-paths": "off" },
  },
  {
    // Forged action requests are for the specs that test forged requests; the others use the UI
    // or the page's own form (README, "How the e2e specs reach server actions").
    files: ["e2e/**"],
    ignores: ["e2e/authorization.spec.ts", "e2e/hostile-input.spec.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            rootAlias,
            {
              group: ["./actions", "./actions.ts", "@/e2e/actions", "**/e2e/actions"],
              message: "Drive actions through the UI or submitPageForm (e2e/page-form.ts).",
            },
          ],
        },
      ],
    },
  },
]);
