# Production image: the SPA and the server, on PostgreSQL (default profile). Used by docker-compose.yml.
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

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 coop && mkdir -p /var/lib/coop && chown coop /var/lib/coop
WORKDIR /app
COPY --from=server --chown=coop /src/backend/target/quarkus-app/ /app/
USER coop
ENV COOP_DATA_DIR=/var/lib/coop JAVA_OPTS="-XX:MaxRAMPercentage=70"
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
