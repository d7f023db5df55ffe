import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const api = process.env.SAMVERKA_API_URL ?? "http://localhost:4000";

// The API serves the built app from web/dist; in development Vite proxies the API.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      "/graphql": { target: api, changeOrigin: true },
      "/healthz": { target: api, changeOrigin: true },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
  },
});
