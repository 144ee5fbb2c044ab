#!/usr/bin/env bash
# Checks briefgen the way users install it, not the editable install of the checkout: builds the
# wheel, installs it into a fresh virtualenv and, from a folder that is not the checkout, lists
# the templates, starts a new one and builds the seed articles; then `pipx install .` into a
# private PIPX_HOME and `briefgen --version` (the two installs side by side). Run by
# `make check-install`, and so by .ci/run.
#
#   scripts/check_install.sh          # PYTHON=python3 by default
set -euo pipefail
python=${PYTHON:-python3}
case $python in */*) python=$(realpath "$python") ;; esac  # a relative path, before the cd
cd "$(dirname "$0")/.."
checkout=$(pwd)
work=$(mktemp -d)
# Removing two virtualenvs' tens of thousands of files takes half a minute on a busy disk; it
# need not hold up CI, so it finishes in the background after the script has exited.
trap 'rm -rf "$work" >/dev/null 2>&1 &' EXIT

fail() { echo "check-install: FAILED: $*" >&2; exit 1; }
step() { echo "check-install: [${SECONDS}s] $*"; }

# Build from a clean copy of the tree: setuptools' build/ folder in the checkout may hold files
# removed since, and they would end up in the wheel.
mkdir "$work/src"
tar -C "$checkout" --exclude=./.git --exclude=./.venv --exclude=./build --exclude='*.egg-info' \
    --exclude=./out --exclude=.mypy_cache --exclude=.ruff_cache --exclude=.pytest_cache \
    --exclude=__pycache__ -cf - . | tar -C "$work/src" -xf -

step "building the wheel"
"$python" -m pip wheel --quiet --no-deps --wheel-dir "$work/dist" "$work/src" >/dev/null
wheel=$(ls "$work"/dist/briefgen-*.whl)
members=$("$python" -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$wheel")
for member in default/template.toml memo/template.toml memo/logo.png memo/reference.docx; do
    grep -qx "briefgen/builtin_templates/$member" <<<"$members" || fail "$member is not in $(basename "$wheel")"
done

# `pipx install .` (pipx itself from PyPI) into a temporary PIPX_HOME, in the background while
# the wheel is checked: the two installs are most of this script's time.
export PIPX_HOME="$work/pipx-home" PIPX_BIN_DIR="$work/pipx-bin" PIPX_MAN_DIR="$work/pipx-man"
(
    set -e
    "$python" -m venv "$work/pipx-venv"
    "$work/pipx-venv/bin/python" -m pip install --quiet --no-compile pipx
    cd "$work/src"
    "$work/pipx-venv/bin/pipx" install --quiet --pip-args=--no-compile .
) >"$work/pipx.log" 2>&1 &
pipx_job=$!
step "pipx install . started in the background"

step "installing $(basename "$wheel") into a fresh virtualenv"
"$python" -m venv "$work/venv"
# --no-compile: no .pyc files written for every dependency, a third of the time on a busy machine.
"$work/venv/bin/python" -m pip install --quiet --no-compile "$wheel" 2> >(grep -v "is ignored: it is neither" >&2)
briefgen="$work/venv/bin/briefgen"

# Everything below runs from a folder that is neither the checkout nor holds a templates/ folder.
mkdir "$work/elsewhere"
cd "$work/elsewhere"
listed=$("$briefgen" templates list)
for name in default memo; do
    grep -qx "$name" <<<"$listed" || fail "briefgen templates list does not list '$name' (got: $listed)"
done
step "templates list: $(paste -sd ' ' <<<"$listed")"
"$briefgen" templates new mine >/dev/null
[ -f templates/mine/template.toml ] || fail "briefgen templates new did not create templates/mine"
checks=$("$briefgen" doctor 2>/dev/null || true)  # exits 1 here: this folder has no sources/
for name in default memo mine; do
    grep -qE "^ok +template $name " <<<"$checks" || fail "briefgen doctor has no ok line for template $name"
done

seeds="$checkout/../shared/seeds"
if [ -d "$seeds" ]; then
    "$briefgen" build "$seeds" --out "$work/brief" --quiet
    "$briefgen" build "$seeds" --out "$work/memo" --template memo --format pdf --quiet
    ls "$work"/brief/brief-*.docx "$work"/brief/brief-*.pdf "$work"/memo/brief-*.pdf >/dev/null \
        || fail "the seeds' brief was not written"
    step "built the seeds: $(cd "$work" && ls brief/brief-* memo/brief-* | paste -sd ' ')"
else
    step "skipped building the seeds: $seeds is absent"
fi

# The pipx install runs meanwhile (it started after the wheel was built): its result is checked here.
wait "$pipx_job" || { cat "$work/pipx.log" >&2; fail "pipx install . (log above)"; }
version=$("$PIPX_BIN_DIR/briefgen" --version)
[[ $version == "briefgen "* ]] || fail "briefgen --version printed '$version'"
"$PIPX_BIN_DIR/briefgen" templates list | grep -qx memo || fail "the pipx install does not list 'memo'"
step "pipx install .: $version"
step "ok"
