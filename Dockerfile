# Production image: the SPA and the server, on PostgreSQL (default profile). Used by docker-compose.yml.
# The runtime JVM: 17, the project's Java; --build-arg JAVA_VERSION=25 runs the same jar (compiled for 17) on Java 25,
# whose AOT cache starts a replica sooner (deploy/start-cache.sh, README "kill -9 of a replica")
ARG JAVA_VERSION=17
FROM node:20-bookworm-slim AS spa
WORKDIR /src
COPY openapi.yaml ./
COPY frontend/package.json frontend/package-lock.json frontend/
RUN cd frontend && npm install --no-audit --no-fund
COPY frontend frontend
RUN mkdir -p backend/src/main/resources/META-INF/resources && cd frontend && npm run build

FROM eclipse-temurin:17-jdk AS server
WORKDIR /src
COPY backend backend
COPY --from=spa /src/backend/src/main/resources/META-INF/resources backend/src/main/resources/META-INF/resources
RUN cd backend && ./mvnw -B -ntp -q package -DskipTests

FROM eclipse-temurin:${JAVA_VERSION}-jre
RUN useradd --system --uid 1001 coop && mkdir -p /var/lib/coop && chown coop /var/lib/coop
WORKDIR /app
COPY --from=server --chown=coop /src/backend/target/quarkus-app/ /app/
COPY deploy/start-cache.sh /app/start-cache.sh
USER coop
ENV COOP_DATA_DIR=/var/lib/coop JAVA_OPTS="-XX:MaxRAMPercentage=70"
EXPOSE 8080
# The start cache (AppCDS on 17, the AOT cache on 25): the first run of a container writes it when it stops (docker stop,
# a graceful exit), and every later start of that container uses it (deploy/start-cache.sh)
ENV COOP_START_CACHE=/var/lib/coop/app-cds
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS $(sh /app/start-cache.sh java $COOP_START_CACHE yes) -jar /app/quarkus-run.jar"]
