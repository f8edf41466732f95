# Signal chat server: common tasks. `make help` lists them.

CARGO ?= cargo
PG_URL ?= postgres://postgres@127.0.0.1:5432/test

.PHONY: client-deps help run test test-sqlite test-postgres test-faults test-client test-contract generate bench lint spec

help:
	@echo "make run       - start the server on SQLite (data in ./data, listening on 127.0.0.1:8080)"
	@echo "make test      - run every test, on SQLite and on PostgreSQL ($(PG_URL))"
	@echo "make test-faults - Redis, PostgreSQL, kill -9 and SIGTERM fault tests (private servers on free ports)"
	@echo "make test-client - libsignal (npm @signalapp/libsignal-client) end-to-end tests against a started server"
	@echo "make test-contract - schemathesis against api.yaml on a started server (conformance checks, baseline in tests/contract/baseline.txt)"
	@echo "make spec      - api.yaml against the seed (x-seed-errata) and generated/ against api.yaml"
	@echo "make generate  - regenerate generated/ from api.yaml (needs openapi-generator-cli 7.26.0 and Java 17)"
	@echo "make bench     - load benchmark (messages/s, p50/p99 latency)"
	@echo "make lint      - rustfmt check, clippy, module cycles and layer order, spec check"

run:
	$(CARGO) run --release

test: spec test-sqlite test-postgres test-faults test-client test-contract

test-sqlite:
	TEST_DB=sqlite $(CARGO) test --workspace --exclude signal-api

test-postgres:
	TEST_DB=postgres TEST_PG_URL=$(PG_URL) $(CARGO) test --test '*'

# Fault tests (tests/faults.rs, the ignored ones): private PostgreSQL and Redis on free ports,
# server processes killed and stopped. (Its concurrent-writer tests run in test-sqlite and
# test-postgres.)
test-faults:
	$(CARGO) test --test faults -- --ignored

# api.yaml against the seed (spec/seed/, differences listed in x-seed-errata) and generated/
# against api.yaml (the hash build.rs records). Prints failures and a summary.
spec:
	python3 tools/spec/check.py api.yaml

client-deps:
	cd tests/client && npm ci --no-audit --no-fund --loglevel=error

test-client: client-deps
	TEST_PG_URL=$(PG_URL) tests/client/run.sh

test-contract: client-deps
	tests/contract/run.sh

generate:
	SIGNAL_FORCE_GENERATE=1 $(CARGO) build -p signal-api

bench:
	TEST_PG_URL=$(PG_URL) $(CARGO) run --release --example bench

# rustfmt and clippy cover this package (src/, tests/, examples/) and migrations/ only: the
# generated crate (generated/, signal-api) is rebuilt from api.yaml and never edited by hand
# (--no-deps: clippy lints only the packages named with -p, not that path dependency).
lint:
	$(CARGO) fmt --check -p signal-server -p migration
	$(CARGO) clippy -p signal-server -p migration --all-targets --no-deps -- -D warnings
	python3 tools/lint/modgraph.py src
	@$(MAKE) --no-print-directory spec
