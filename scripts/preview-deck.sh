#!/usr/bin/env bash
# Look at the slide export (src/export/deck.ts) without PowerPoint: builds sample decks, converts them
# with LibreOffice to PDF and PNG, and times a 200-person deck in plain Node.
#
#   scripts/preview-deck.sh [output dir]          (default /tmp/deck-preview)
#
# Needs (Debian): apt-get install -y libreoffice-impress fonts-noto-cjk poppler-utils
#
# Writes to the output dir:
#   deck-zh.pptx / .pdf / -N.png      ct-am in Chinese: 6 people (one with unrated competencies and the
#                                     name 欧阳<&>"'娜娜, one not assessed) and the team summary
#   deck-en.pptx / .pdf / -N.png      the same model in English: 3 people and one below target everywhere
#   deck-empty.pptx / .pdf / -N.png   no people: title and a team slide saying no one was assessed
#   deck-200.pptx / .pdf / -N.png     200 people (PNGs of the first two slides and the team slides)
#
# The decks use Microsoft YaHei. LibreOffice finds it through fontconfig, which does not know the name:
# a fonts.conf here maps it (and Office's DengXian) to Noto Sans CJK SC, as an installed Office font would
# be. The decks themselves are built by scripts/preview-deck-samples.ts.
set -euo pipefail

cd "$(dirname "$0")/.."
OUT="${1:-/tmp/deck-preview}"

for tool in soffice pdftoppm pdfinfo; do
  if ! command -v "$tool" >/dev/null; then
    echo "$tool is missing: apt-get install -y libreoffice-impress fonts-noto-cjk poppler-utils" >&2
    exit 1
  fi
done
if ! fc-list : family | grep "Noto Sans CJK SC" >/dev/null; then
  echo "Noto Sans CJK SC is missing (Chinese would show as boxes): apt-get install -y fonts-noto-cjk" >&2
  exit 1
fi

rm -rf "$OUT"
mkdir -p "$OUT"

# 1. Sample decks (their build time is printed: plain Node, outside jest).
npx tsx scripts/preview-deck-samples.ts "$OUT"

# 2. Font substitution for LibreOffice.
cat > "$OUT/fonts.conf" <<'EOF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>Microsoft YaHei</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias binding="same"><family>微软雅黑</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias binding="same"><family>DengXian</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias binding="same"><family>等线</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
</fontconfig>
EOF

# 3. PDF (a private LibreOffice profile, so a running LibreOffice does not swallow the conversion), then PNG.
FONTCONFIG_FILE="$OUT/fonts.conf" soffice --headless "-env:UserInstallation=file://$OUT/lo-profile" \
  --convert-to pdf --outdir "$OUT" "$OUT"/deck-zh.pptx "$OUT"/deck-en.pptx "$OUT"/deck-empty.pptx "$OUT"/deck-200.pptx >/dev/null
for name in deck-zh deck-en deck-empty; do
  pdftoppm -png -r 80 "$OUT/$name.pdf" "$OUT/$name"
done
pages=$(pdfinfo "$OUT/deck-200.pdf" | awk '/^Pages:/ { print $2 }')
pdftoppm -png -r 50 -f 1 -l 2 "$OUT/deck-200.pdf" "$OUT/deck-200"
pdftoppm -png -r 50 -f 202 -l "$pages" "$OUT/deck-200.pdf" "$OUT/deck-200"
rm -rf "$OUT/lo-profile"

echo
echo "Look at: $OUT/*.png"
ls "$OUT"/*.png
