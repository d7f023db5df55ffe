import fs from "node:fs";
import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const api = process.env.SAMVERKA_API_URL ?? "http://localhost:4000";

/**
 * Puts each typed GraphQL document where `graphql(`…`)` asks for it, as the client preset's Babel
 * plugin would: otherwise src/generated/gql.ts, a map of every document in the app, would be part
 * of the sign-in page. The documents are the ones codegen wrote (src/generated/graphql.ts).
 */
function inlineGraphqlDocuments(): Plugin {
  const generated = path.resolve(import.meta.dirname, "src/generated");
  let documents: Map<string, string> | undefined;
  function load() {
    const nodes = new Map(
      [...fs.readFileSync(path.join(generated, "graphql.ts"), "utf8").matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode</gm)].map((m) => [
        m[1],
        m[2],
      ]),
    );
    const sources = fs.readFileSync(path.join(generated, "gql.ts"), "utf8").matchAll(/^ {4}("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm);
    return new Map([...sources].map((m) => [JSON.parse(m[1]) as string, nodes.get(m[2])!]));
  }
  return {
    name: "samverka:inline-graphql-documents",
    apply: "build",
    enforce: "pre",
    transform(code, id) {
      if (id.startsWith(generated)) return { code, moduleSideEffects: false };
      if (!/\.tsx?$/.test(id) || !code.includes("graphql(`")) return;
      documents ??= load();
      return code.replace(/\bgraphql\(`([^`]*)`\)/g, (_call, source: string) => {
        const node = documents!.get(source);
        if (!node) this.error(`${id}: a GraphQL document that src/generated does not know; run npm run codegen -w web`);
        return `(${node})`;
      });
    },
  };
}

// The API serves the built app from web/dist; in development Vite proxies the API.
export default defineConfig({
  plugins: [inlineGraphqlDocuments(), react()],
  server: {
    port: 5173,
    proxy: {
      "/graphql": { target: api, changeOrigin: true },
      "/healthz": { target: api, changeOrigin: true },
      // Downloads (PDF, CSV, iCalendar) and uploads are plain endpoints of the API. The Host header is
      // kept (no changeOrigin): the API accepts an upload only from its own origin, which is this one.
      "/api": { target: api },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // No source maps in production: the served app is only what the browser runs.
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Each portal's texts in each language is a chunk of its own, named after it: i18n-grants-sv-<hash>.js;
        // the shell's are i18n-common-sv-<hash>.js.
        chunkFileNames: (chunk) => {
          const texts = chunk.facadeModuleId?.match(/(?:portals\/([^/]+)|app)\/i18n\/(\w+)\.ts$/);
          return texts ? `assets/i18n-${texts[1] ?? "common"}-${texts[2]}-[hash].js` : "assets/[name]-[hash].js";
        },
        // Libraries change less often than the app: separate chunks cache better.
        codeSplitting: {
          groups: [
            // The map's projection, which the chart library uses too: taken first, so that the charts' chunk does not carry it.
            { name: "geo", test: /node_modules[\\/](d3-geo|d3-array|internmap)[\\/]/, priority: 5 },
            // The chart library (Vega) and what only it uses: loaded when a chart is first shown.
            {
              name: "charts",
              test: /node_modules[\\/](vega[^\\/]*|d3-[^\\/]+|delaunator|robust-predicates|topojson-client|fast-json-patch|json-stringify-pretty-compact|semver)[\\/]/,
              priority: 4,
            },
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/, priority: 3 },
            // What the sign-in page's small GraphQL client needs of graphql-js (printing a document): not Apollo Client's chunk.
            { name: "graphql-print", test: /node_modules[\\/]graphql[\\/](language|jsutils)[\\/]/, priority: 3 },
            { name: "graphql", test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|@graphql-typed-document-node)[\\/]/, priority: 2 },
          ],
        },
      },
    },
  },
});
