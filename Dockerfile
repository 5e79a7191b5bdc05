# syntax=docker/dockerfile:1
# The Grapevine server image: `docker build -t grapevine-server .` at the repository root.
# Two stages: `build` installs the workspace, builds the server and the packages it needs
# (core, adapter, the widget's script files) and deploys the server alone with its production
# dependencies; `runtime` is that folder on a slim Node, run as the unprivileged `node` user.
# CI cannot run Docker: scripts/check-dockerfile.mjs lints this file and
# scripts/docker-steps.mjs runs the build stage's steps and starts the result.

FROM node:20.20.2-bookworm-slim AS build
WORKDIR /src
# pnpm at the version package.json names (packageManager), through Node's corepack.
RUN corepack enable pnpm
COPY . .
RUN --mount=type=cache,id=pnpm-store,target=/root/.local/share/pnpm/store \
    pnpm install --frozen-lockfile --filter "@grapevine/server..."
RUN pnpm --filter "@grapevine/server..." run build
RUN pnpm --filter @grapevine/server deploy --prod --legacy deploy

FROM node:20.20.2-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8787 \
    GRAPEVINE_DATA_DIR=/data/pglite
WORKDIR /app
# The PGlite data directory (unused with DATABASE_URL) belongs to the user the server runs as;
# the code stays root's, read-only to it.
RUN mkdir -p /data && chown node:node /data
COPY --from=build /src/deploy /app
USER node
VOLUME ["/data"]
EXPOSE 8787
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8787)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "/app/dist/main.js"]
CMD ["serve"]
