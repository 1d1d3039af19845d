// Values esbuild writes into the browser scripts when it bundles them (src/build/inline-script.ts,
// src/build/client-bundle.ts).

/** The search dialog's bundle URL, for the inline page script. */
declare const SEARCH_DIALOG_URL: string;

/** The copy-link module's bundle URL, for the inline page script. */
declare const COPY_LINK_URL: string;

/** The module that marks searched words on a page opened from a result. */
declare const SEARCH_LANDING_URL: string;

/** src/styles/search.css, minified, for the search dialog. */
declare const SEARCH_CSS: string;
