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
# AppCDS: the first run of a container archives the classes it loaded when it stops (docker stop, a graceful exit), and
# every later start of that container maps them (5 s to ready instead of 6-7 s on 2 cores, README "kill -9 of a replica")
ENV COOP_CDS_ARCHIVE=/var/lib/coop/app-cds.jsa
ENTRYPOINT ["sh", "-c", "if [ -f \"$COOP_CDS_ARCHIVE\" ]; then CDS=-XX:SharedArchiveFile=$COOP_CDS_ARCHIVE; else CDS=-XX:ArchiveClassesAtExit=$COOP_CDS_ARCHIVE; fi; exec java $JAVA_OPTS $CDS -Xlog:cds=off -Xlog:cds+dynamic=off -jar /app/quarkus-run.jar"]
