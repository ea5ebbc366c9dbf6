# Everyday entry points: install dependencies, build, run, test, benchmark and format multilat.

# Debian packages the build, the tests and the tools need. Add new ones here. zsh, fish, man-db
# and groff-base run the completion and man page tests; dpkg-dev (dpkg-shlibdeps) and file, the
# package test, with lintian, which the package must pass; pre-commit (the framework), the hooks test.
DEPS := build-essential cmake pkg-config libyaml-cpp-dev libcli11-dev libfmt-dev doctest-dev \
        nlohmann-json3-dev libhowardhinnant-date-dev tzdata python3 python3-jsonschema \
        python3-yaml yamllint hyperfine time libical-dev python3-icalendar \
        libvmime-dev libkainjow-mustache-dev python3-aiosmtpd msmtp openssl chromium \
        fonts-liberation libgit2-dev git zsh fish man-db groff-base dpkg-dev file lintian pre-commit \
        pandoc weasyprint poppler-utils

# Only `make fuzz` and `make fuzz-replay` need these, so that run and test never need clang.
FUZZ_DEPS := clang libclang-rt-14-dev

SHELL := /bin/bash
MAKEFLAGS += --no-print-directory
JOBS := $(shell nproc 2>/dev/null || echo 2)
RELEASE_DIR := build/release
PREFIX ?= /usr/local
SANITIZE_DIR := build/sanitize
FUZZ_DIR := build/fuzz
BIN := ./$(RELEASE_DIR)/multilat
SANITIZER_ENV := ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
                 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
                 MULTILAT_SANITIZED=1

.DEFAULT_GOAL := run
.PHONY: run deps fuzz-deps install-packages build test test-sanitize fuzz-build fuzz fuzz-replay bench format clean \
        install package

# Quick when everything is there: one dpkg-query per package, no apt call.
deps:
	@$(MAKE) install-packages PACKAGES="$(DEPS)"

fuzz-deps:
	@$(MAKE) install-packages PACKAGES="$(FUZZ_DEPS)"

install-packages:
	@missing=""; \
	for pkg in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' "$$pkg" 2>/dev/null | grep -q 'install ok installed' \
	    || missing="$$missing $$pkg"; \
	done; \
	missing="$${missing# }"; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" -eq 0 ]; then \
	  echo "multilat: installing $$missing"; \
	  apt-get update && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	else \
	  echo "multilat: missing packages; run: sudo apt-get install -y $$missing" >&2; \
	  exit 1; \
	fi

# Configure once. A failed configure removes its CMakeCache.txt, so that the next run of this
# target configures again instead of building from a broken tree.
build: deps
	@if [ ! -f $(RELEASE_DIR)/CMakeCache.txt ]; then \
	  cmake -S . -B $(RELEASE_DIR) -DCMAKE_BUILD_TYPE=Release \
	    || { rm -f $(RELEASE_DIR)/CMakeCache.txt; exit 1; }; \
	fi
	cmake --build $(RELEASE_DIR) -j$(JOBS)

# check exits 1 when it finds problems: still show the summary and the deadlines, and fail only on 2 (usage or
# I/O error) or when summary itself fails.
run: build
	@$(BIN) check; check_status=$$?; echo; \
	$(BIN) summary; summary_status=$$?; echo; \
	$(BIN) deadlines; deadlines_status=$$?; echo; \
	$(BIN) report meeting crga-57 -o build/dossier-crga-57.html --force \
	  && echo "multilat report: build/dossier-crga-57.html"; \
	$(BIN) report meeting crga-57 -o build/dossier-crga-57.pdf --force \
	  && echo "multilat report: build/dossier-crga-57.pdf"; \
	$(BIN) report annual 2025 -o build/bilan-2025.html --force \
	  && echo "multilat report: build/bilan-2025.html"; \
	$(BIN) site -o build/site && echo "multilat site: build/site/index.html"; \
	echo "multilat check exited $$check_status"; \
	[ "$$check_status" -ne 2 ] && [ "$$summary_status" -eq 0 ] && [ "$$deadlines_status" -eq 0 ]

# The binary, multilat.1, the completions and the templates under PREFIX (bin/, share/).
install: build
	cmake --install $(RELEASE_DIR) --prefix $(PREFIX)

# build/release/multilat_<version>_<arch>.deb, its Depends read from the linked libraries.
# MAINTAINER=... and HOMEPAGE=... set the control fields for good: they stay in the CMake cache.
package: build
	$(if $(MAINTAINER)$(HOMEPAGE),cmake -S . -B $(RELEASE_DIR) \
	  $(if $(MAINTAINER),-DMULTILAT_MAINTAINER="$(MAINTAINER)") $(if $(HOMEPAGE),-DMULTILAT_HOMEPAGE="$(HOMEPAGE)") \
	  && cmake --build $(RELEASE_DIR) -j$(JOBS))
	cd $(RELEASE_DIR) && cpack -G DEB

test: build
	ctest --test-dir $(RELEASE_DIR) --output-on-failure -j$(JOBS)

test-sanitize: deps
	@if [ ! -f $(SANITIZE_DIR)/CMakeCache.txt ]; then \
	  cmake -S . -B $(SANITIZE_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMULTILAT_SANITIZE=ON \
	    || { rm -f $(SANITIZE_DIR)/CMakeCache.txt; exit 1; }; \
	fi
	cmake --build $(SANITIZE_DIR) -j$(JOBS)
	@# The install tests package and install the binary: a sanitized .deb proves nothing more.
	$(SANITIZER_ENV) ctest --test-dir $(SANITIZE_DIR) --output-on-failure -j$(JOBS) -LE install

# The fuzz build is apart from the others: clang, libFuzzer, AddressSanitizer and UBSan.
fuzz-build: deps fuzz-deps
	@if [ ! -f $(FUZZ_DIR)/CMakeCache.txt ]; then \
	  CC=clang CXX=clang++ cmake -S . -B $(FUZZ_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	    -DMULTILAT_FUZZ=ON || { rm -f $(FUZZ_DIR)/CMakeCache.txt; exit 1; }; \
	fi
	cmake --build $(FUZZ_DIR) -j$(JOBS)

# FUZZ_SECONDS per target (default 60); new coverage is merged into fuzz/corpus/.
fuzz: fuzz-build
	fuzz/run.sh fuzz

# The saved corpus and every past crash, once each: the regression tests CI runs.
fuzz-replay: fuzz-build
	fuzz/run.sh replay

bench: build
	tools/bench/run.sh

format:
	@command -v clang-format >/dev/null \
	  || { echo "multilat: clang-format not found; run: sudo apt-get install -y clang-format" >&2; exit 1; }
	find src tests/unit \( -name '*.cpp' -o -name '*.h' \) -print0 | xargs -0 -r clang-format -i

clean:
	rm -rf build
