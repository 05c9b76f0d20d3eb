#!/usr/bin/env bash
# A throwaway scale site: N generated, published entries of every public type in all seven
# cultures, loaded through the real recipe path. tests/bench/ScaleSite writes the recipe folder
# scale-N (requiring ilm-kreis) into a temporary recipes folder beside links to the repository's
# recipes; the site's own executable applies it (`setup --recipe scale-N`) and builds the search
# index (`reindex`). Prints the time taken and the entry and document counts.
# Usage: tests/bench/scale-site.sh N [DATA_FOLDER]   (default: a new folder under /tmp)
#        SCALE_SITE_NO_BUILD=1 skips the Release build (tests/bench/run.sh has built already).
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:?"Usage: tests/bench/scale-site.sh N [DATA_FOLDER]"}
DATA=${2:-$(mktemp -d /tmp/wegweiser-scale.XXXXXX)}
mkdir -p "$DATA"
DATA=$(cd "$DATA" && pwd)
# The executable runs in its output folder: its content root must hold the appsettings.json that
# names the seven cultures (from the repository root it would find none and serve German only).
SITE_BIN=$PWD/src/Wegweiser.Web/bin/Release/net10.0
site() { (cd "$SITE_BIN" && dotnet Wegweiser.Web.dll "$@"); }
GEN_DLL=tests/bench/ScaleSite/bin/Release/net10.0/ScaleSite.dll
if [ -z "${SCALE_SITE_NO_BUILD:-}" ]; then
  dotnet build src/Wegweiser.Web -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
  dotnet build tests/bench/ScaleSite -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
fi

RECIPES=$(mktemp -d /tmp/wegweiser-recipes.XXXXXX)
trap 'rm -rf "$RECIPES"' EXIT
for dir in content-recipes/*/; do ln -s "$PWD/$dir" "$RECIPES/$(basename "$dir")"; done
now() { date +%s.%N; }
secs() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$2"; }

t0=$(now)
dotnet "$GEN_DLL" "$N" --out "$RECIPES"
t1=$(now)
export Wegweiser__RecipesFolder="$RECIPES" Wegweiser__DataFolder="$DATA" Wegweiser__Setup__AdminPassword="Bench-Only-2026!" \
  Serilog__MinimumLevel__Default=Warning
setup_out=$(site setup --recipe "scale-$N" 2>&1) || { echo "$setup_out" >&2; exit 1; }
t2=$(now)
reindex_out=$(site reindex 2>&1) || { echo "$reindex_out" >&2; exit 1; }
t3=$(now)
echo "$setup_out" | grep -v -i 'passwort\|password' || true
echo "$reindex_out"
entries=$(echo "$setup_out" | grep -o '([0-9]* Einträge' | tr -dc 0-9 || true)
documents=$(echo "$reindex_out" | grep -o '[0-9]* Dokumente' | tr -dc 0-9 || true)
echo "scale-$N in $DATA: generate $(secs "$t0" "$t1") s, apply $(secs "$t1" "$t2") s, index $(secs "$t2" "$t3") s," \
  "total $(secs "$t0" "$t3") s; ${entries:-?} entries applied (ilm-kreis included), ${documents:-?} search documents;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
