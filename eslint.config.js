// ESLint's settings for embed.js and its modules, their unit tests and the script that bundles
// them (scripts/test.sh runs `eslint` as a layer of its own).
import js from "@eslint/js";
import globals from "globals";

/** The files checked; ESLint would otherwise take every script in the repository. */
const CHECKED = ["crates/web/src/embed.js", "crates/web/src/embed/*.js", "crates/web/tests/embed/*.mjs", "scripts/*.mjs", "eslint.config.js"];

/** Top-level side effects belong in the entry module alone, so node's tests can import the rest. */
const SIDE_EFFECT_FREE = [
  { selector: "Program > ExpressionStatement", message: "top-level side effects belong in crates/web/src/embed.js" },
  { selector: "Program > VariableDeclaration AwaitExpression", message: "top-level await belongs in crates/web/src/embed.js" },
];

export default [
  { ignores: ["**/*.js", "**/*.mjs", ...CHECKED.map((pattern) => `!${pattern}`)] },
  js.configs.recommended,
  {
    rules: {
      // Constants and state are declared before the code that uses them (functions may come in
      // any order: they are hoisted and called later).
      "no-use-before-define": ["error", { functions: false, classes: true, variables: true }],
      "prefer-const": "error",
      eqeqeq: "error",
      // The page may enforce Trusted Types: build with DOM calls, never with HTML strings.
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "build elements with DOM calls (Trusted Types)" },
        { property: "outerHTML", message: "build elements with DOM calls (Trusted Types)" },
      ],
    },
  },
  { files: ["crates/web/src/**/*.js"], languageOptions: { globals: globals.browser } },
  { files: ["crates/web/src/embed/*.js"], rules: { "no-restricted-syntax": ["error", ...SIDE_EFFECT_FREE] } },
  { files: ["crates/web/tests/embed/*.mjs", "scripts/*.mjs", "eslint.config.js"], languageOptions: { globals: globals.node } },
];
