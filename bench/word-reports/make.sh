#!/bin/sh
# Regenerate the corpus: .docx via gen.cjs, .pdf via LibreOffice, then verify.
set -e
cd "$(dirname "$0")"
rm -f clean/*.docx clean/*.pdf bad/*.docx bad/*.pdf bad/ANSWERS.tsv data/*.json
NODE_PATH=../../node_modules node gen.cjs
soffice --headless --convert-to pdf --outdir clean clean/*.docx >/dev/null
soffice --headless --convert-to pdf --outdir bad bad/*.docx >/dev/null
node check.cjs
