#!/usr/bin/env bash
# Runs every test of the solution, installing what the tests need where it is missing, and ends
# with one line "N passed, N failed". Exits non-zero when a test failed or when no test ran.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The integration tests start their own PostgreSQL server: they need initdb and pg_ctl.
if ! command -v initdb >/dev/null && ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql
fi

# The digest tests deliver to a real SMTP server: Debian's aiosmtpd, run by Debian's own interpreter.
if ! /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-aiosmtpd
fi
# The browser tests drive Debian's Chromium (Playwright never downloads a browser here) and run
# axe-core from the npm registry, installed into the test project's git-ignored node_modules.
if [[ ! -x /usr/bin/chromium ]]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi
if [[ ! -f tests/Portal.BrowserTests/node_modules/axe-core/axe.min.js ]]; then
  npm install --no-save --no-audit --no-fund --prefix tests/Portal.BrowserTests axe-core@4.14.1
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

# Exit code 8 is a test project without tests yet; a run without any test is caught below.
status=0
dotnet test Portal.sln -c Release --report-xunit-trx --results-directory "$results" --ignore-exit-code 8 || status=$?

# Adds up one attribute of the <Counters .../> of every TRX file.
count() {
  local total=0 n
  for n in $(cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' | grep -o " $1=\"[0-9]*\"" | tr -dc '0-9\n'); do
    total=$((total + n))
  done
  echo "$total"
}
passed=$(count passed)
failed=$(( $(count failed) + $(count error) + $(count timeout) + $(count aborted) ))
skipped=$(count notExecuted)

# The names of the failed tests, just above the summary: a CI log shows its tail.
if (( failed > 0 )); then
  cat "$results"/*.trx | grep -o '<UnitTestResult [^>]*outcome="\(Failed\|Error\|Timeout\|Aborted\)"[^>]*>' \
    | grep -o ' testName="[^"]*"' | sed 's/^ testName="\(.*\)"$/failed: \1/' | sort -u || true
fi

summary="$passed passed, $failed failed"
if (( skipped > 0 )); then summary+=", $skipped skipped"; fi
echo "$summary"

if (( status != 0 )); then exit "$status"; fi
if (( passed + failed == 0 )); then echo "no test ran" >&2; exit 1; fi
if (( failed > 0 )); then exit 1; fi
