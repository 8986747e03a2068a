// ESLint 9 flat config. `npm run lint` runs `eslint .` and then `prettier --check .`;
// formatting is Prettier's job, so no stylistic rules here.
import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["build/", ".react-router/", "node_modules/", "data/", "coverage/"],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "module",
      globals: { ...globals.node, ...globals.browser },
    },
  },
  js.configs.recommended,
  // Not type-aware on purpose: it keeps `eslint .` fast; `tsc` does the type checks.
  tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      // Unused names are mistakes, except deliberate `_` placeholders.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    files: ["**/*.{jsx,tsx}"],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
  },
  // The layers of docs/architecture.md ("Layer rules"): routes → modules → db, UI below routes.
  // Tests are left out on purpose: an integration test may drive a route from a module's folder.
  // Every rule names the layer in its message, so `npx eslint <file>` says what to do instead.
  ...layerRules(),
);

/**
 * no-restricted-imports per layer. Imports are relative, so the patterns are
 * regular expressions on the import path as written: every file of a layer
 * lives at a known depth (app/ui/x, app/modules/<module>/x, app/db/x).
 */
function layerRules() {
  const tests = ["**/*.test.{ts,tsx}"];
  const restrict = (files, patterns, ignores = []) => ({
    files,
    ignores: [...tests, ...ignores],
    rules: { "no-restricted-imports": ["error", { patterns }] },
  });
  const routes = {
    regex: "^(\\.\\./)+routes(/|$)",
    message: "Een route importeer je niet van hieruit: lagen gaan van routes naar modules naar db.",
  };
  const ui = {
    regex: "^(\\.\\./)+ui(/|$)",
    message: "Een module gebruikt geen UI-componenten; de route rendert.",
  };
  const server = {
    regex: "\\.server(\\.tsx?)?$",
    message: "Servercode (*.server.ts) hoort niet in een UI-component; geef de data mee vanuit de loader.",
  };
  const otherTables = {
    regex: "^\\.\\./[a-z-]+/([a-z-]+-)?tables$",
    message:
      "De tabellen van een andere module lees je via haar exported functies (repository), niet via haar tables.ts.",
  };
  const modules = {
    regex: "^(\\.\\./)+modules(/|$)",
    message: "app/db kent de modules niet; een module gebruikt app/db.",
  };
  return [
    // app/ui: our components. They never reach up into routes, nor into server code.
    restrict(["app/ui/**/*.{ts,tsx}"], [routes, server], ["app/ui/**/*.server.{ts,tsx}"]),
    // app/modules: the domain. No routes, no UI, and no other module's tables.ts.
    restrict(["app/modules/**/*.{ts,tsx}"], [routes, ui, otherTables]),
    // app/db: the connection, migrations and the Database type. Two deliberate exceptions:
    // database.ts composes the Database type from every module's tables.ts (types only), and the
    // seeders (app/db/seed/) call the modules that own the seeded tables.
    restrict(["app/db/**/*.{ts,tsx}"], [modules, routes, ui], ["app/db/database.ts", "app/db/seed/**"]),
  ];
}
