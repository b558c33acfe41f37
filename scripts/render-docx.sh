#!/usr/bin/env bash
# Renders a .docx to PNG pages, to look at what writeDocx produced:
#   scripts/render-docx.sh IN.docx OUTDIR   →   OUTDIR/IN.pdf, OUTDIR/page-1.png, …
# Needs LibreOffice and poppler (Debian: libreoffice-writer-nogui poppler-utils) and the free fonts
# that stand in for the official ones (fonts-noto-cjk fonts-arphic-ukai fonts-wqy-zenhei); the
# mapping is scripts/fonts.conf, beside this script.
set -euo pipefail

if [ "$#" -ne 2 ]; then
  echo "用法：$0 输入.docx 输出目录" >&2
  exit 2
fi
in="$1"
out="$2"
if [ ! -f "$in" ]; then
  echo "找不到文件：$in" >&2
  exit 2
fi
for tool in soffice pdftoppm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "缺少 $tool：请安装 libreoffice-writer-nogui 和 poppler-utils" >&2
    exit 2
  fi
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# Maps 仿宋_GB2312 / 方正小标宋简体 / 黑体 / 楷体_GB2312 to the free fonts installed.
export FONTCONFIG_FILE="$here/fonts.conf"
if command -v fc-match >/dev/null 2>&1 && ! fc-match '仿宋_GB2312:lang=zh-cn' family | grep -qi 'cjk\|ming\|zen hei'; then
  echo "提示：未找到中文字体，页面上的汉字会显示为方框。请安装：apt-get install fonts-noto-cjk fonts-arphic-ukai fonts-wqy-zenhei" >&2
fi

mkdir -p "$out"
# A profile of its own: two soffice runs on one profile at once and one silently writes nothing.
profile="$(mktemp -d "${TMPDIR:-/tmp}/jx-lo-XXXXXX")"
trap 'rm -rf "$profile"' EXIT

pdf="$out/$(basename "${in%.*}").pdf"
rm -f "$pdf"
# soffice's own chatter (javaldx warnings) is shown only when it fails.
if ! soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$in" >"$profile/log" 2>&1 || [ ! -s "$pdf" ]; then
  cat "$profile/log" >&2
  echo "LibreOffice 没有生成 PDF：$pdf" >&2
  exit 1
fi
rm -f "$out"/page-*.png
pdftoppm -png -r 80 "$pdf" "$out/page"
ls "$out"/page-*.png
