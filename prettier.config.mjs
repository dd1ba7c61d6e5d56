// One format for the whole tree (`npm run format`; `npm test` runs `format:check`).
// printWidth 100 matches the README's and comments' wrap; the Tailwind plugin sorts class lists
// the way Tailwind orders its CSS, reading our theme from app/globals.css (Tailwind v4).
/** @type {import("prettier").Config} */
const config = {
  printWidth: 100,
  plugins: ["prettier-plugin-tailwindcss"],
  tailwindStylesheet: "./app/globals.css",
  tailwindFunctions: ["cn", "clsx"],
};

export default config;
