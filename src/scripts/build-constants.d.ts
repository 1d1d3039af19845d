// Values esbuild writes into the browser scripts when it bundles them (src/lib/inline-script.ts,
// src/lib/client-bundle.ts).

/** The search dialog's bundle URL, for the inline page script. */
declare const SEARCH_DIALOG_URL: string;

/** src/styles/search.css, minified, for the search dialog. */
declare const SEARCH_CSS: string;
