import type en from "./messages/en.json";

// English is the reference catalog: a key used in code must exist there (tsc), and the
// unit tests check every other catalog has exactly the same keys.
declare module "next-intl" {
  interface AppConfig {
    Messages: typeof en;
  }
}
