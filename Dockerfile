# Kunnskapsbasen for arbeid og helse: build the runnable jar, run it on a JRE as a non-root user.
#   docker build -t kunnskapsbase .
#   docker run -p 8080:8080 -v kb-data:/data kunnskapsbase                       # embedded database
#   docker run -p 8080:8080 -e KB_DB_URL=jdbc:mariadb://db:3306/kunnskapsbase \
#     -e KB_DB_USER=kb -e KB_DB_PASSWORD=... -e KB_ADMIN_PASSWORD=... kunnskapsbase  # MariaDB
FROM node:20-bookworm-slim AS node

FROM eclipse-temurin:21-jdk AS build
# the build bundles the web assets with Node and npm (see pom.xml)
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s /usr/local/lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml package.json package-lock.json ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY index-config index-config
COPY sample-docs sample-docs
RUN ./mvnw -B -DskipTests package

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /data kb \
    && mkdir -p /data/documents && chown -R kb /data
COPY --from=build /src/target/kunnskapsbase.jar /app/kunnskapsbase.jar
USER kb
# the runtime cache (unpacked once, with the JDK's AOT cache) lives in the volume: restarts reuse it
ENV KB_DATA_DIR=/data \
    KB_RUNTIME_DIR=/data/.runtime \
    JAVA_OPTS="-Xmx512m"
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fsS http://localhost:8080/health/ready || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/kunnskapsbase.jar \"$@\"", "--"]
