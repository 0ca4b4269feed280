# plugin-onboard — every command a developer or CI needs. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PLUGIN_ID := $(shell node -p "require('./plugin.json').id")
STAGE := dist/$(PLUGIN_ID)
CHROMIUM ?= /usr/bin/chromium
PORT ?= 8065
JEST := npx jest --ci

.PHONY: help deps chromium lint typecheck unit build dist deploy test e2e screenshots run bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-10s %s\n", $$1, $$2}'

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

deps: node_modules/.package-lock.json ## Install npm packages (npm ci) when the lock file changed

chromium: ## Install Debian's Chromium for the browser tests when it is missing (needs root)
	@if [ ! -x "$(CHROMIUM)" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "Installing Chromium from Debian's packages…"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null; \
		else \
			echo "Chromium is missing: run 'sudo apt-get install -y --no-install-recommends chromium fonts-liberation' (or set CHROMIUM=/path/to/chromium)"; exit 1; \
		fi; \
	fi

lint: deps ## Lint (layering rules included)
	npx eslint --max-warnings 0 .

typecheck: deps ## Type-check everything, tests and tools included
	npx tsc -p tsconfig.json --noEmit

unit: deps ## Unit, component and contract tests
	$(JEST) --selectProjects unit component

build: deps ## Build the plugin (webapp/dist) and the local Mattermost's host page, and stage the bundle in dist/
	npx webpack --config webpack.config.js --mode production
	npx webpack --config local-mattermost/host/webpack.config.js --mode production
	rm -rf $(STAGE) && mkdir -p $(STAGE)/webapp/dist $(STAGE)/public
	cp plugin.json $(STAGE)/ && cp -r assets $(STAGE)/
	cp webapp/dist/main.js $(STAGE)/webapp/dist/
	cp public/* $(STAGE)/public/ && cp webapp/dist/public/* $(STAGE)/public/

dist: build ## Validate plugin.json and package dist/plugin-onboard-<version>.tar.gz
	npx tsx scripts/package.ts $(STAGE) dist

deploy: dist ## Upload and enable on the server at MM_SERVICESETTINGS_SITEURL with MM_ADMIN_TOKEN
	npx tsx scripts/deploy.ts

e2e: build chromium ## Browser end-to-end tests in Chromium against the local Mattermost
	CHROMIUM=$(CHROMIUM) $(JEST) --selectProjects e2e --runInBand

screenshots: build chromium ## Refresh the README's screenshots (docs/screenshots/) from the browser tests
	UPDATE_SCREENSHOTS=1 CHROMIUM=$(CHROMIUM) $(JEST) tests/e2e/screenshots.e2e.ts --selectProjects e2e --runInBand

test: lint typecheck unit e2e ## Every check: lint, typecheck, unit, component, contract and browser end-to-end tests

run: build ## Build, then serve the plugin in the local Mattermost at http://localhost:8065 (PORT overrides)
	PORT=$(PORT) npx tsx local-mattermost/server/main.ts

clean: ## Remove build output
	rm -rf dist webapp/dist local-mattermost/host/dist local-mattermost/host/dist-profiling

bench: build chromium ## Size and speed figures against their budgets: a table, bench/results.json, non-zero exit on a failed budget
	HOST_PROFILING=1 npx webpack --config local-mattermost/host/webpack.config.js --mode production
	CHROMIUM=$(CHROMIUM) npx tsx bench/run.ts
