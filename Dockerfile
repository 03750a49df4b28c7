# One image for the gateway, the four subgraphs and the two region sites; docker-compose.yml picks the command.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY packages/platform/package.json packages/platform/
COPY stack/package.json stack/
COPY services/organisations/package.json services/organisations/
COPY services/campaigns/package.json services/campaigns/
COPY services/forum-seasons/package.json services/forum-seasons/
COPY services/cohesion-councils/package.json services/cohesion-councils/
COPY gateway/package.json gateway/
COPY sites/package.json sites/
# The benchmark and test-kit workspaces are listed in package.json: their manifests are needed to install, nothing else.
COPY bench/package.json bench/
COPY bench/peer/package.json bench/peer/
COPY tests/kit/package.json tests/kit/
RUN npm ci --no-audit --no-fund
COPY packages packages
COPY services services
COPY gateway gateway
COPY sites sites
COPY schema schema
# The gateway serves the frontends' persisted operations and, when the IDE is on, the example operations.
COPY clients/persisted-operations.json clients/
COPY examples examples
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app /app
USER node
EXPOSE 4000 4001 4002 4003 4004 4010 4011
CMD ["node", "--initial-old-space-size=128", "gateway/dist/index.js"]
