#!/usr/bin/env bash
# Renders the first page of a brief built with each shipped template into docs/template-NAME.png,
# the pictures the README's Templates section shows. Needs pdftoppm (Debian poppler-utils).
#
#   scripts/render_previews.sh            # docs/template-default.png, docs/template-memo.png
#   scripts/render_previews.sh --all DIR  # also every page of every template × layout × format
#                                         # (DOCX through LibreOffice) into DIR, for a look by eye
set -euo pipefail
cd "$(dirname "$0")/.."

# $BRIEFGEN if set, else the project's venv (make brief creates it), else briefgen on the PATH.
briefgen=${BRIEFGEN:-briefgen}
if [ -z "${BRIEFGEN:-}" ] && [ -x .venv/bin/briefgen ]; then briefgen=.venv/bin/briefgen; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1769385600  # 2026-01-26: the same pictures on every run

for template in default memo; do
    "$briefgen" build sources --template "$template" --format pdf --prepared 2026-01-26 \
        --out "$work/$template" --quiet >/dev/null
    pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/$template"/*.pdf "docs/template-$template"
    echo "docs/template-$template.png"
done

if [ "${1:-}" = "--all" ]; then
    out=${2:?usage: scripts/render_previews.sh --all DIR}
    mkdir -p "$out"
    for template in default memo; do
        for layout in parallel sequential; do
            name="$template-$layout"
            "$briefgen" build sources --template "$template" --layout "$layout" --prepared 2026-01-26 \
                --format docx,pdf --out "$work/$name" --quiet >/dev/null
            cp "$work/$name"/*.pdf "$work/$name.pdf"
            cp "$work/$name"/*.docx "$work/$name.docx"
            pdftoppm -png -r 60 "$work/$name.pdf" "$out/pdf-$name"
        done
    done
    soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf \
        --outdir "$work/lo" "$work"/*.docx >/dev/null 2>&1
    for pdf in "$work"/lo/*.pdf; do
        pdftoppm -png -r 60 "$pdf" "$out/docx-$(basename "$pdf" .pdf)"
    done
    echo "$out"
fi
