# Samverka: one image with the API and the built web app.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY schema schema
COPY server server
COPY web web
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
# Production: give SESSION_SECRET and PUBLIC_URL (https://…; an http:// address only with ALLOW_INSECURE_HTTP=true).
ENV NODE_ENV=production PORT=4000
WORKDIR /app
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/server/package.json server/
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/web/dist web/dist
# The web app's registered operations (trusted documents), read by the server at start.
COPY --from=build /app/web/src/generated/persisted-documents.json web/src/generated/persisted-documents.json
COPY seeds seeds
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:4000/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "server/dist/main.js"]
