# Coopérative en ligne — the two commands are `make run` and `make test` (see README.md).
SHELL := /bin/bash
.DEFAULT_GOAL := help

MVNW     := cd backend && ./mvnw -B -ntp
JAR      := backend/target/quarkus-app/quarkus-run.jar
E2E_PORT ?= 8089
E2E_DATA := $(CURDIR)/backend/target/e2e-data
# The e2e server's business day (coop.clock.today): the journeys read the school year 2026-2027, its deadline passed
E2E_TODAY ?= 2026-11-23

.PHONY: help run test test-backend test-frontend test-e2e test-pg openapi frontend-deps frontend-build package-local clean bench cluster cluster-stop chaos

help:
	@echo "make run        build the SPA and start the server on http://localhost:8080 (H2 in ./data, demo data)"
	@echo "make test       every test: back end (H2), front end (Vitest), end to end (Chromium)"
	@echo "make test-pg    the back-end suite against the machine's PostgreSQL (started if needed)"
	@echo "make openapi    regenerate openapi.yaml from the code and the SPA's client from it"
	@echo "make cluster    docker-compose.yml's topology without Docker: PostgreSQL, S3Proxy, GreenMail, two replicas, nginx on :8088"
	@echo "make cluster-stop  stop what make cluster started"
	@echo "make chaos      faults under load on the cluster (kill -9 a replica, stop PostgreSQL, sessions across replicas)"

# --- front end -------------------------------------------------------------
frontend/node_modules/.installed: frontend/package.json frontend/package-lock.json
	# npm ci refuses the lock files this npm writes (optional platform packages missing): install honours the lock
	cd frontend && npm install --no-audit --no-fund --loglevel=error
	touch $@

frontend-deps: frontend/node_modules/.installed

frontend-build: frontend-deps
	cd frontend && npm run build

# --- back end ----------------------------------------------------------------
# The `local` profile builds the server on an embedded H2 database kept in a file.
package-local: frontend-build
	$(MVNW) -q package -DskipTests -Dquarkus.profile=local

run: package-local
	COOP_DATA_DIR=$${COOP_DATA_DIR:-$(CURDIR)/data} java -Dquarkus.profile=local -jar $(JAR)

# --- the production topology on one machine (scripts/cluster.sh) ---------------
cluster:
	bash scripts/cluster.sh start

cluster-stop:
	bash scripts/cluster.sh stop

# Faults under load on the running cluster (outside CI): a replica killed, PostgreSQL stopped, the object storage killed,
# a reminder to 1,000 schools with its sender killed, sessions across replicas, backup and restore
chaos:
	bash scripts/cluster.sh status | grep -q "app1: running" || bash scripts/cluster.sh start
	python3 bench/chaos/chaos.py

# --- tests -------------------------------------------------------------------
test: test-backend test-frontend test-e2e

test-backend:
	$(MVNW) test

test-frontend: frontend-deps
	cd frontend && npm run lint && npm test

# End to end: a fresh server (fresh demo data) on its own port, on the business day $(E2E_TODAY), driven by headless
# Chromium.
test-e2e: package-local
	bash frontend/scripts/ensure-chromium.sh
	rm -rf $(E2E_DATA) && mkdir -p $(E2E_DATA)
	COOP_DATA_DIR=$(E2E_DATA) java -Dquarkus.profile=local -Dcoop.clock.today=$(E2E_TODAY) -Dquarkus.http.port=$(E2E_PORT) -jar $(JAR) > $(E2E_DATA)/server.log 2>&1 & echo $$! > $(E2E_DATA)/server.pid; \
	for i in $$(seq 1 90); do curl -sf http://localhost:$(E2E_PORT)/q/health/ready >/dev/null && break; sleep 1; done; \
	cd frontend && E2E_BASE_URL=http://localhost:$(E2E_PORT) npm run e2e; rc=$$?; \
	kill $$(cat $(E2E_DATA)/server.pid) 2>/dev/null; \
	if [ $$rc -ne 0 ]; then echo "--- server log (tail)"; tail -50 $(E2E_DATA)/server.log; fi; exit $$rc

test-pg:
	bash scripts/ensure-postgres.sh coop_test
	$(MVNW) test -Dquarkus.test.profile=pg

# --- contract ----------------------------------------------------------------
openapi:
	$(MVNW) -q package -DskipTests
	cp backend/target/openapi/openapi.yaml openapi.yaml
	cd frontend && npm run generate

# --- benchmark (issues #4, #5 and #6) ---------------------------------------------
# Builds the server for PostgreSQL and H2, drives it with Gatling (bench/), measures the pgbench ceiling;
# prints the summary and writes bench/results.md. Takes /tmp/coop-build.lock for the whole run.
bench:
	bash bench/run.sh
	bash bench/pdf/run.sh
	bash bench/upload/run.sh
	bash bench/national/run.sh
	bash bench/ledger/run.sh

clean:
	$(MVNW) clean
	rm -rf frontend/dist
