# Build stage: Maven with a JDK 17.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY knowledge knowledge
COPY schedules schedules
RUN mvn -B -q package -DskipTests

# Run stage: a JRE only, as a non-root user, data on a volume.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home /app policybot
WORKDIR /app
COPY --from=build /src/target/policy-bot.jar /app/policy-bot.jar
COPY knowledge /app/knowledge
COPY schedules /app/schedules
RUN mkdir -p /data && chown policybot /data
ENV POLICYBOT_KNOWLEDGE=/app/knowledge POLICYBOT_SCHEDULES=/app/schedules POLICYBOT_DATA=/data TZ=Asia/Shanghai
VOLUME /data
USER policybot
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-jar", "/app/policy-bot.jar"]
